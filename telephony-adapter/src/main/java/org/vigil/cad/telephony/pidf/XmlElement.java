package org.vigil.cad.telephony.pidf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed XML document: namespace, local name, attributes and its own text. A small tree
 * of these (rather than a DOM) lets the parser keep whatever was read before a document broke off.
 */
final class XmlElement {
    private final String namespace;
    private final String localName;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String namespace, String localName, Map<String, String> attributes) {
        this.namespace = namespace == null ? "" : namespace;
        this.localName = localName;
        this.attributes = attributes;
    }

    String namespace() {
        return namespace;
    }

    String localName() {
        return localName;
    }

    boolean is(String namespace, String localName) {
        return this.namespace.equals(namespace) && this.localName.equals(localName);
    }

    /** An attribute without a namespace, by local name; {@code xml:lang} is stored as "xml:lang". */
    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** The first child with this local name, whatever its namespace (senders get namespaces wrong). */
    Optional<XmlElement> child(String localName) {
        for (XmlElement child : children) {
            if (child.localName.equals(localName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    List<XmlElement> children(String localName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.localName.equals(localName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** The first element with this local name at any depth below this one, in document order. */
    Optional<XmlElement> descendant(String localName) {
        for (XmlElement child : children) {
            if (child.localName.equals(localName)) {
                return Optional.of(child);
            }
            Optional<XmlElement> deeper = child.descendant(localName);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /** The element's own text, whitespace collapsed, never null. */
    String text() {
        return text.toString().trim().replaceAll("\\s+", " ");
    }

    /** The text of the first child with this local name, or "". */
    String childText(String localName) {
        return child(localName).map(XmlElement::text).orElse("");
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void appendText(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    static Map<String, String> attributesOf(org.xml.sax.Attributes attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            String uri = attributes.getURI(i);
            String local = attributes.getLocalName(i);
            if (local == null || local.isEmpty()) {
                local = attributes.getQName(i);
            }
            String key = "http://www.w3.org/XML/1998/namespace".equals(uri) ? "xml:" + local : local;
            map.putIfAbsent(key, attributes.getValue(i));
        }
        return map;
    }
}
