package org.vigil.cad.telephony.pidf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML from a caller's network into an {@link XmlElement} tree with the JDK's own namespace-aware SAX
 * parser, hardened against XXE: no DOCTYPE at all (so no external or expanding entities), no external DTD
 * or schema, no XInclude, secure processing on. A document that breaks off or is not well formed keeps
 * the elements read up to the fault, and the fault is reported instead of thrown.
 */
final class LenientXml {

    /** The parsed tree (null when not even a root element was read) and what went wrong, if anything. */
    record Result(XmlElement root, List<String> problems) {
    }

    private static final SAXParserFactory FACTORY = hardenedFactory();

    private LenientXml() {
    }

    static Result parse(byte[] xml) {
        List<String> problems = new ArrayList<>();
        TreeBuilder builder = new TreeBuilder();
        int start = skipLeadingWhitespace(xml);
        if (start == xml.length) {
            problems.add("the XML document is empty");
            return new Result(null, problems);
        }
        try {
            SAXParser parser = newParser();
            InputSource source = new InputSource(new ByteArrayInputStream(xml, start, xml.length - start));
            parser.parse(source, builder);
        } catch (SAXParseException e) {
            problems.add("XML not well formed at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            problems.add("XML could not be read: " + e.getMessage());
        }
        if (builder.root == null && problems.isEmpty()) {
            problems.add("the XML document has no root element");
        }
        return new Result(builder.root, problems);
    }

    /** A sender may put blank lines before the declaration, which XML forbids; they carry nothing. */
    private static int skipLeadingWhitespace(byte[] xml) {
        int i = 0;
        while (i < xml.length && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\r' || xml[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        // A factory is safe to share once configured; each parse gets its own parser, which is not.
        synchronized (FACTORY) {
            return FACTORY.newSAXParser();
        }
    }

    private static SAXParserFactory hardenedFactory() {
        // The JDK's built-in parser, whatever else is on the class path, so the feature names below apply.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser refused a hardening feature", e);
        }
        return factory;
    }

    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private XmlElement root;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String local = localName == null || localName.isEmpty() ? qName : localName;
            XmlElement element = new XmlElement(uri, local, XmlElement.attributesOf(attributes));
            if (open.isEmpty()) {
                if (root == null) {
                    root = element;
                }
            } else {
                open.peek().addChild(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(ch, start, length);
            }
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            // Never fetch anything a document points at.
            return new InputSource(new ByteArrayInputStream(new byte[0]));
        }
    }
}
