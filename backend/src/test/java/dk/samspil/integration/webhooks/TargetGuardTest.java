package dk.samspil.integration.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samspil.common.problem.ApiException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Production's default: https to public addresses only. */
class TargetGuardTest {

    private final TargetGuard guard = new TargetGuard(false);

    @Test
    void refusesPlainHttp() {
        assertThrows(ApiException.class, () -> guard.check("http://93.184.215.14/hook"));
    }

    @Test
    void refusesInternalAddresses() {
        for (String url : new String[] {
            "https://127.0.0.1/hook",
            "https://localhost/hook",
            "https://10.1.2.3/hook",
            "https://172.16.0.1/hook",
            "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/hook",
            "https://0.0.0.0/hook",
            "https://[::1]/hook",
            "https://[fd00::1]/hook",
            "https://[fe80::1]/hook",
            "https://[::ffff:10.0.0.1]/hook"
        }) {
            assertEquals(Optional.of("webhook.url.internal"), guard.refusal(URI.create(url)), url);
        }
    }

    @Test
    void allowsPublicHttpsAddresses() {
        assertEquals(Optional.empty(), guard.refusal(URI.create("https://93.184.215.14/hook")));
        assertEquals(Optional.empty(), guard.refusal(URI.create("https://[2606:4700::1111]/hook")));
    }

    @Test
    void theSwitchAllowsLoopbackOverHttpForDevelopment() {
        assertEquals(
                "http://127.0.0.1:8080/hook",
                new TargetGuard(true).check("http://127.0.0.1:8080/hook").toString());
    }
}
