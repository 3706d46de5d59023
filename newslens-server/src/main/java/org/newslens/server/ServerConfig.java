package org.newslens.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens and what it accepts.
 *
 * @param host          address to bind; loopback by default
 * @param port          0 picks a free port
 * @param token         nullable; when set, requests that write (POST) must carry {@code Authorization: Bearer TOKEN}.
 *                      Required when {@code host} is not a loopback address.
 * @param maxBodyBytes  larger request bodies are refused with 413
 * @param analyzeSlots  analyses run at once; further requests wait briefly, then get 429
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int analyzeSlots) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 2_000_000;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxBodyBytes < 1 || analyzeSlots < 1) {
            throw new IllegalArgumentException("maxBodyBytes and analyzeSlots must be positive");
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the token must be at least 16 characters long");
        }
        if (!isLoopback(host) && token == null) {
            throw new IllegalArgumentException("serving on " + host + " (not loopback) needs a token for write"
                    + " requests: give --token-file FILE or set NEWSLENS_TOKEN");
        }
    }

    public static ServerConfig loopback(int port) {
        return new ServerConfig(DEFAULT_HOST, port, null, DEFAULT_MAX_BODY,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host: " + host, e);
        }
    }
}
