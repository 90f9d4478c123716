"""Which language a paragraph is in (pipeline/segment/language.py, models/languages.json):
statements from ministries and agencies that write in languages the rules do not read are
reported by name, not as English nor as a neighbour sharing their script."""
import pytest

from pipeline.segment.language import own_language, statement_language


@pytest.mark.parametrize("text, lang", [
    # Cyrillic: Ukrainian and Kazakh have letters Russian lacks
    ("Державне космічне агентство України та НАСА підписали меморандум про співпрацю у дослідженні космосу.", "uk"),
    ("Государственная корпорация «Роскосмос» и Китайское национальное космическое управление подписали меморандум.", "ru"),
    ("Қазақстан Республикасы мен Франция ғарыш саласындағы ынтымақтастық туралы келісімге қол қойды.", "kk"),
    # Arabic script: Persian and Urdu have letters Arabic lacks
    ("وكالة الإمارات للفضاء ووكالة ناسا توقعان اتفاقية تعاون في مجال استكشاف الفضاء.", "ar"),
    ("سازمان فضایی ایران و آژانس فضایی چین یادداشت تفاهم همکاری امضا کردند.", "fa"),
    # Latin script: commonest short words
    ("Agenția Spațială Română și NASA au semnat un acord de cooperare pentru explorarea spațiului, în prezența ministrului.", "ro"),
    ("Česká republika se stala signatářem dohod Artemis, které jsou založeny na mírovém využití vesmíru.", "cs"),
    # Slovak beside Czech (a ministry's release, the w20 statement: no longer read as Portuguese, nor undecided)
    ("Slovensko sa tak zaradilo medzi viac ako štyridsať krajín, ktoré sa k dohodám pripojili, a je to pre nás záväzok.", "sk"),
    ("Badan Riset dan Inovasi Nasional dan JAXA akan bekerja sama dalam pengembangan satelit untuk pemantauan bumi.", "id"),
    ("Việt Nam và Nhật Bản đã ký kết thỏa thuận hợp tác về công nghệ vũ trụ và vệ tinh quan sát trái đất.", "vi"),
    ("Magyarország és az Egyesült Államok megállapodást írt alá, hogy együttműködnek az űrkutatás terén.", "hu"),
    ("The Romanian Space Agency and NASA signed a framework agreement for cooperation in the exploration of space.", "en"),
])
def test_paragraph_language_by_script_letters_and_function_words(text, lang):
    assert own_language(text) == lang


def test_a_ukrainian_name_quoted_in_a_russian_paragraph_keeps_it_russian():
    text = ("Представители Роскосмоса провели переговоры с делегацией по вопросам сотрудничества в области "
            "исследования космического пространства, а также обсудили проект «Січ».")
    assert own_language(text) == "ru"


def test_statement_language_of_a_ukrainian_release():
    texts = ["Меморандум про співпрацю", "Державне космічне агентство України та Європейське космічне агентство "
             "домовилися поглибити співпрацю у галузі спостереження Землі."]
    assert statement_language(texts) == "uk"


def test_kanji_only_lines_of_a_japanese_statement_are_japanese():
    from pipeline.segment import segment
    text = ("第5回日EU宇宙政策対話の開催（結果）\n\n令和6年3月15日\n\n"
            "3月14日、東京において、第5回日EU宇宙政策対話が開催されたところ、概要は以下のとおりです。\n\n"
            "（参考）日EU宇宙政策対話\n")
    assert {p.language for p in segment(text)} == {"ja"}


def test_a_chinese_statement_stays_chinese():
    from pipeline.segment import segment
    text = "中俄签署合作建设国际月球科研站谅解备忘录\n\n国家航天局局长与俄罗斯国家航天集团公司总经理共同签署了谅解备忘录。\n"
    assert {p.language for p in segment(text)} == {"zh"}
