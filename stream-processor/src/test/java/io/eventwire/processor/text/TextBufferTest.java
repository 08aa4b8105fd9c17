package io.eventwire.processor.text;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextBufferTest {

    @Test
    void buildsWhatAStringBuilderBuilds() {
        String[] texts = {"plain ascii text", "café ü", "“curly” — dash", "中文没有空格", "\uD83D\uDE00 emoji", ""};
        SplittableRandom random = new SplittableRandom(20261121);
        for (int round = 0; round < 2_000; round++) {
            TextBuffer buffer = new TextBuffer(random.nextInt(0, 8));
            StringBuilder expected = new StringBuilder();
            for (int k = random.nextInt(0, 12); k > 0; k--) {
                if (random.nextInt(4) == 0) {
                    char c = (char) random.nextInt(0, 0x3100);
                    buffer.append(c);
                    expected.append(c);
                } else {
                    String text = texts[random.nextInt(texts.length)];
                    int start = random.nextInt(0, text.length() + 1);
                    int end = random.nextInt(start, text.length() + 1);
                    buffer.append(text, start, end);
                    expected.append(text, start, end);
                }
            }
            assertEquals(expected.toString(), buffer.toString());
            assertEquals(expected.length(), buffer.length());
            assertEquals(expected.isEmpty(), buffer.isEmpty());
            for (int i = 0; i < expected.length(); i++) {
                assertEquals(expected.charAt(i), buffer.charAt(i));
            }
            buffer.clear();
            assertEquals("", buffer.toString());
        }
    }
}
