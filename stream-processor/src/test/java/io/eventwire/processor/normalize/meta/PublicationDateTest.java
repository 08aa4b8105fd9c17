package io.eventwire.processor.normalize.meta;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thu, 19 May 2022 04:09:01 GMT          | 2022-05-19T04:09:01Z",
            "2022-05-19T04:09:01Z                   | 2022-05-19T04:09:01Z",
            "2020-05-20T00:01:19+08:00              | 2020-05-20T00:01:19+08:00",
            "2020-05-19T16:01:19+00:00              | 2020-05-19T16:01:19Z",
            "2019-11-19T10:26:07.123-0500           | 2019-11-19T10:26:07-05:00",
            "2023-08-14 09:15:00+08:00              | 2023-08-14T09:15:00+08:00",
            "2023-08-14 09:15                       | 2023-08-14T09:15:00Z",
            "2020-05-20                             | 2020-05-20",
            "November 19, 2019                      | 2019-11-19",
            "Nov. 9, 2019                           | 2019-11-09",
            "19 May 2022                            | 2022-05-19",
            "3. März 2021                           | 2021-03-03",
            "19.05.2022                             | 2022-05-19",
            "2022/5/19                              | 2022-05-19",
            "2022年5月19日                           | 2022-05-19",
            "Published 2022年5月19日 10:20            | 2022-05-19",
    })
    void parsesTheFormsPagesUse(String stated, String iso) {
        assertEquals(iso, PublicationDate.parse(stated).orElseThrow().iso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2022-13-45", "Mayor 12, 2020", "about 3 hours ago",
            "0001-01-01T00:00:00"})
    void whatIsNotADateIsNoDate(String stated) {
        assertTrue(PublicationDate.parse(stated).isEmpty(), stated);
    }
}
