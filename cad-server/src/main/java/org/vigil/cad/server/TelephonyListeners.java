package org.vigil.cad.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import org.vigil.cad.core.pipeline.CommandGateway;
import org.vigil.cad.intake.CityBuildingAlarmRule;
import org.vigil.cad.telephony.GatewayCallSink;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;
import org.vigil.cad.telephony.ali.AliSpillConfig;
import org.vigil.cad.telephony.ali.AliSpillServer;
import org.vigil.cad.telephony.feed.CallEventFeedServer;
import org.vigil.cad.telephony.sip.SipServer;
import org.vigil.cad.telephony.sip.SipServerConfig;

/** The ways calls come in: ALI spills, NG9-1-1 SIP, and the call-event feed, all into the one gateway. */
final class TelephonyListeners implements AutoCloseable {
    private final AliSpillServer ali;
    private final SipServer sip;
    private final CallEventFeedServer feed;
    private int aliPort;
    private SipServer.BoundPorts sipPorts;
    private int feedPort;

    TelephonyListeners(ServerSettings settings, CommandGateway gateway, MeterRegistry metrics, EventLoopGroup boss,
                       EventLoopGroup workers) throws IOException {
        GatewayCallSink sink = new GatewayCallSink(gateway);
        AliLayout layout = settings.aliLayout() == null ? AliLayout.jefferson911ai() : AliLayout.load(settings.aliLayout());
        ali = new AliSpillServer(AliSpillConfig.defaults().withHost(settings.host()).withPort(settings.ports().ali()),
                new AliRecordParser(layout), sink, boss, workers, metrics);
        sip = new SipServer(new SipServerConfig(settings.host(), settings.ports().sip(), settings.host(),
                SipServerConfig.defaults().maxMessageBytes(), SipServerConfig.defaults().maxCalls(),
                SipServerConfig.defaults().t1Millis(), SipServerConfig.defaults().rememberedTransactions()),
                boss, workers, sink, metrics);
        CityAlarmIntake alarms = new CityAlarmIntake(
                new CityBuildingAlarmRule(CityAlarmIntake.cityAccounts(settings.data())), gateway);
        feed = new CallEventFeedServer(settings.host(), settings.ports().feed(), sink, sink, alarms, metrics, boss,
                workers);
    }

    TelephonyListeners start() {
        aliPort = ali.start();
        sipPorts = sip.start();
        feedPort = feed.start();
        return this;
    }

    String describe() {
        return "ALI tcp/" + aliPort + ", SIP udp+tcp/" + sipPorts.udp() + ", feed tcp/" + feedPort;
    }

    int aliPort() {
        return aliPort;
    }

    int sipPort() {
        return sipPorts.udp();
    }

    int feedPort() {
        return feedPort;
    }

    @Override
    public void close() {
        feed.close();
        sip.close();
        ali.close();
    }
}
