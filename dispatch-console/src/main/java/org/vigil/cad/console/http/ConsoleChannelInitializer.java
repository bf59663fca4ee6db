package org.vigil.cad.console.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import java.time.Duration;

/** The handlers of one console connection, from bytes to routed API calls. */
public final class ConsoleChannelInitializer extends ChannelInitializer<Channel> {
    private final ApiGate gate;
    private final JsonCodec json;
    private final int maxBodyBytes;
    private final Duration requestTimeout;
    private final MeterRegistry metrics;

    public ConsoleChannelInitializer(ApiGate gate, JsonCodec json, int maxBodyBytes, Duration requestTimeout,
                                     MeterRegistry metrics) {
        this.gate = gate;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.requestTimeout = requestTimeout;
        this.metrics = metrics;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.pipeline()
                .addLast(new HttpServerCodec())
                .addLast(new HttpServerKeepAliveHandler())
                .addLast(new BodyLimitAggregator(maxBodyBytes, json, metrics))
                .addLast(new HttpApiHandler(gate, json, requestTimeout, metrics));
    }
}
