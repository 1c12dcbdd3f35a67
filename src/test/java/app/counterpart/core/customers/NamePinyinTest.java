package app.counterpart.core.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePinyinTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(textBlock = """
            # name,            initials, syllables
              徐涛,             xt,       xu tao
              陈可馨,           ckx,      chen ke xin
              吕琳,             ll,       lv lin
              曾浩宇,           zhy,      zeng hao yu
              单田芳,           stf,      shan tian fang
              解晓东,           xxd,      xie xiao dong
              查良镛,           zly,      zha liang yong
              王曾,             wc,       wang ceng
              欧阳娜娜,         oynn,     ou yang na na
              阿依古丽·买买提,   ayglmmt,  a yi gu li mai mai ti
              Anna 李,          l,        li
              Daniel Smith,     '',       ''
              '',               '',       ''
            """)
    void readsChineseCharactersAndTheSurnameAsASurname(String name, String initials, String syllables) {
        NamePinyin.Reading reading = new NamePinyin().of(name);
        assertEquals(initials, reading.initials());
        assertEquals(syllables.isEmpty() ? List.of() : Arrays.asList(syllables.split(" ")), reading.syllables());
    }
}
