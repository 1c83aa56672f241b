package dk.samspil.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCodingsTest {

    @Test
    void browsersGetBrotliFirst() {
        assertEquals(List.of("br", "gzip"), ContentCodings.preferred("gzip, deflate, br, zstd"));
    }

    @Test
    void theClientsQualitiesDecide() {
        assertEquals(List.of("gzip", "br"), ContentCodings.preferred("br;q=0.5, gzip"));
        assertEquals(List.of("gzip"), ContentCodings.preferred("br;q=0, gzip;q=0.8"));
        assertEquals(List.of("br", "gzip"), ContentCodings.preferred("*"));
        assertEquals(List.of("gzip"), ContentCodings.preferred("*;q=0.1, br;q=0"));
    }

    @Test
    void noHeaderOrIdentityMeansUncompressed() {
        assertEquals(List.of(), ContentCodings.preferred(null));
        assertEquals(List.of(), ContentCodings.preferred("identity"));
        assertEquals(List.of(), ContentCodings.preferred("gzip;q=0, br;q=nonsense"));
    }
}
