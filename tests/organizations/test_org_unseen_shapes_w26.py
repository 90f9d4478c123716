"""Shapes of organization names met in the w23-w26 statements (publishers not tuned on, ANNOTATION.md 2)."""
from org_linking import orgs


def test_a_government_of_a_country_with_an_elided_article_keeps_the_whole_country(paragraph_docs):
    # "Côte d'Ivoire" is two tokens, the second in lower case: the name runs to the country's end
    got = orgs(paragraph_docs, "The Government of Côte d'Ivoire will contribute 14.2 million euros to the project.")
    assert [text for text, _ in got] == ["Government of Côte d'Ivoire"]


def test_a_bank_named_with_a_possessive_is_one_registry_body(paragraph_docs):
    # "People's Bank of China": the possessive is part of the name, "People" is no body
    got = orgs(paragraph_docs, "The Fund, which the Bank manages on behalf of the People's Bank of China, gives loans.")
    assert ("People's Bank of China", ("People's Bank of China",)) in got
    assert not any(text in ("People", "Bank of China") for text, _ in got)


def test_the_funds_of_a_development_bank_group_are_registry_bodies(paragraph_docs):
    # a development bank group and its windows, each a body of its own
    got = orgs(paragraph_docs, "The African Development Bank Group comprises three distinct entities: the African "
               "Development Bank, the African Development Fund and the Nigeria Trust Fund.")
    names = {n for _, ns in got for n in ns}
    assert {"African Development Bank Group", "African Development Bank", "African Development Fund",
            "Nigeria Trust Fund"} <= names


def test_a_government_of_the_republic_of_a_country_is_one_name(paragraph_docs):
    # a gazette's or a treaty's formal naming: the state's form, then "of" and its country
    got = orgs(paragraph_docs, "Notice is hereby given that the Government of the Republic of Mauritius and the "
               "Government of the Republic of India signed an agreement.")
    assert [text for text, _ in got] == ["Government of the Republic of Mauritius", "Government of the Republic of India"]


def test_an_embassy_is_named_with_its_host_country(paragraph_docs):
    # a diplomatic mission's name goes on with the country it is accredited to
    got = orgs(paragraph_docs, "Representatives of the Embassy of Japan in Viet Nam attended the signing.")
    assert [text for text, _ in got] == ["Embassy of Japan in Viet Nam"]


def test_a_government_of_a_country_in_a_city_keeps_the_city_out(paragraph_docs):
    # only a mission's name takes the place after "in"
    got = orgs(paragraph_docs, "The Government of Japan in Tokyo agreed to the plan.")
    assert [text for text, _ in got] == ["Government of Japan"]


def test_an_embassy_in_a_country_named_with_its_article(paragraph_docs):
    got = orgs(paragraph_docs, "On March 7, the Embassy of Japan in the Philippines hosted the forum.")
    assert [text for text, _ in got] == ["Embassy of Japan in the Philippines"]


def test_an_acronym_inside_a_rocket_designation_is_no_mention(paragraph_docs):
    # "H-IIA": a launch vehicle's designation, not the Indian Institute of Astrophysics (IIA)
    got = orgs(paragraph_docs, "ADRAS-J approached a Japanese H-IIA upper stage to about 15 metres.")
    assert not any(text == "IIA" for text, _ in got)


def test_a_stock_exchange_ticker_names_the_exchange(paragraph_docs):
    # a listed company's release gives its exchange by acronym before the ticker
    got = orgs(paragraph_docs, "Astroscale Holdings Inc. (TSE: 186A), a market leader in satellite servicing, "
               "today announced an agreement.")
    assert ("TSE", ("Tokyo Stock Exchange",)) in got


def test_an_observatory_of_a_university_is_two_mentions(paragraph_docs):
    # a registry body, "of the", then its parent's registry name: two bodies (ANNOTATION 2)
    got = orgs(paragraph_docs, "We opened the satellite test facilities of the Tartu Observatory of the University "
               "of Tartu to our companies.")
    assert [text for text, _ in got] == ["Tartu Observatory", "University of Tartu"]


def test_a_subsidiary_organ_of_the_oic_with_commas_in_its_name(paragraph_docs):
    got = orgs(paragraph_docs, "Requests COMSTECH, in cooperation with the Statistical, Economic and Social Research "
               "and Training Centre for Islamic Countries (SESRIC), to prepare a report.")
    names = dict(got)
    assert names.get("SESRIC") == ("Statistical, Economic and Social Research and Training Centre for Islamic Countries",)
    assert "Training Centre for Islamic Countries" not in names


def test_a_university_named_with_its_maori_name_first_is_one_mention(paragraph_docs):
    # a New Zealand body's bilingual name: the Māori name, a comma, the English name
    got = orgs(paragraph_docs, "The agreement was signed by Waipapa Taumata Rau, University of Auckland and KASI.",
               "Its space institute, Te Pūnaha Ātea, will run the telescope.")
    assert ("Waipapa Taumata Rau, University of Auckland", ("University of Auckland",)) in got
    assert ("Te Pūnaha Ātea", ("Te Pūnaha Ātea – Space Institute",)) in got
