"""Topic terms as data (models/topics.json): office titles, phrases claimed by one topic, a
body named by its short form, launches that are no business, and the Czech terms."""
from pipeline.answers.topics import body_topics, commitment_topics, rule_classify


def test_minister_of_innovation_science_and_industry_names_no_science():
    # office and title names hold portfolios, not the text's subject (office_titles)
    found, _ = rule_classify("Today, the Honourable Navdeep Bains, Minister of Innovation, Science and Industry, "
                             "announced that Canada and the United States signed a treaty on the Lunar Gateway.")
    assert "science" not in found and "commercial" not in found and "moon-mars" in found
    assert "science" not in rule_classify("Science Minister Amanda Solloway said the UK space sector will grow.")[0]
    assert "science" not in rule_classify("La ministra de Ciencia e Innovación, Diana Morant, ha firmado la "
                                          "adhesión de España a los Acuerdos Artemis")[0]
    assert rule_classify("vu le rapport de la commission de l'industrie, de la recherche et de l'énergie")[0] == []
    # the same words outside a title still count
    assert "science" in rule_classify("NASA and ISRO will cooperate in space science.")[0]


def test_scientists_and_engineers_are_the_workforce_not_science():
    # a phrase that names one topic in words of another (claimed_phrases)
    found, space = rule_classify("This is about inspiring the next generation of scientists and engineers and "
                                 "growing our space industry.")
    assert "capacity-building" in found and "science" not in found and space


def test_copuos_subcommittee_is_law_norms_not_science():
    found, _ = rule_classify("Scientific and Technical Subcommittee: 29 January-9 February 2024")
    assert found == ["law-norms"]


def test_lunar_research_station_is_the_moon_not_science():
    assert rule_classify("中俄签署合作建设国际月球科研站谅解备忘录")[0] == ["moon-mars"]


def test_the_committee_of_a_copuos_report_is_its_subject():
    # "The Committee" after COPUOS named in full: the body's full name is a law-norms term
    text = "The Committee agreed that it would continue to consider ways to enhance the efficiency of its work."
    orgs = [{"text": "Committee", "names": ["Committee on the Peaceful Uses of Outer Space"], "start": 4, "end": 13}]
    assert body_topics(orgs, 0, len(text)) == {"law-norms"}
    # a body whose name merely holds a topic's word names no subject
    orgs = [{"text": "ISRO", "names": ["Indian Space Research Organisation"], "start": 0, "end": 4}]
    assert body_topics(orgs, 0, 40) == set()


def test_launch_of_a_mission_is_not_commercial():
    # the launch of a satellite is no business; launch services and launchers are
    assert "commercial" not in rule_classify("ISRO will launch and operate the spacecraft and share the data.")[0]
    assert "commercial" in rule_classify("The company will provide launch services to the agency's satellites.")[0]


def test_czech_release_on_the_artemis_accords():
    # a government's release in Czech: the language's terms as data (other_languages "cs")
    found, space = rule_classify("Dohody Artemis vycházejí ze Smlouvy o vesmíru z roku 1967 a zavazují signatáře "
                                 "ke zmírňování vzniku kosmického odpadu.")
    assert {"law-norms", "ssa-debris"} <= set(found) and space
    assert rule_classify("Ministerstvo dopravy koordinuje kosmické aktivity České republiky.")[1]


def test_laws_and_regulations_clause_of_an_agreement_is_no_law_norms():
    # "in accordance with its laws and regulations" conditions a pledge; it is not about space law
    found, _ = rule_classify("Each Party shall, in accordance with its laws and regulations, facilitate the entry "
                             "of personnel and goods necessary for the implementation of space cooperation.")
    assert "law-norms" not in found
    assert "law-norms" in rule_classify("The two sides will develop norms of responsible behaviour in outer space.")[0]


def test_manned_spaceflight_is_human_spaceflight_and_lunar_exploration_is_the_moon():
    assert "human-spaceflight" in rule_classify("to deepen cooperation in manned spaceflight and space science")[0]
    assert rule_classify("Korea will take part in lunar exploration with its own orbiter.")[0] == ["moon-mars"]


def test_military_training_and_exercises_on_earth_are_no_space_topic():
    # a claimed phrase counts as a weak term: only in a text about space
    assert rule_classify("The allies will hold combined training and exercises on a regular basis.") == ([], False)
    assert "space-security" in rule_classify("Coordinate our military space operations and conduct combined "
                                             "training and exercises.")[0]


def test_pledge_naming_no_topic_takes_the_one_topic_of_its_paragraph():
    # a commitment's paragraph as context: "the instruments" of a paragraph on a lunar mission
    found, space = commitment_topics("NASA will deliver the hardware at no cost to ISRO",
                                     paragraph=(["moon-mars"], True))
    assert found == ["moon-mars"] and space
    # a paragraph of several topics gives none, and a pledge off space takes nothing
    assert commitment_topics("NASA will deliver the hardware at no cost to ISRO",
                             paragraph=(["moon-mars", "science"], True))[0] == []
    assert commitment_topics("We will deepen trade and investment ties.", paragraph=(["commercial"], True)) == (
        [], False)


def test_peaceful_use_of_outer_space_and_close_approaches_and_the_space_sector():
    # term lists per topic: the singular "peaceful use", conjunction warnings; a country's space
    # sector is its space field as a whole, no business (written and dev answers: mostly no
    # commercial topic where it was the only word of the topic), its industry is
    assert "law-norms" in rule_classify("to jointly promote the peaceful use of outer space for the benefit of all")[0]
    assert "ssa-debris" in rule_classify("will continue to provide close approach notifications to satellite "
                                         "operators to help avoid collisions in orbit")[0]
    assert rule_classify("Canada will continue to invest in our space sector.") == ([], True)
    assert "commercial" in rule_classify("Canada will grow the companies of its space sector.")[0]


def test_trade_mission_is_no_space_mission_and_technology_transfer_alone_no_space_business():
    # "mission to" is a space term; a trade or investment mission to a country is not
    assert rule_classify("The two countries will send a Presidential Trade and Investment Mission to the "
                         "Philippines to enhance U.S. companies' investment.") == ([], False)
    assert rule_classify("to support the co-production and technology transfer proposal for jet engines") == ([], False)


def test_space_research_organisation_is_a_name_and_comets_and_asteroids_the_accords_destinations():
    # a body's name holds no topic ("none" of claimed_phrases) but still tells space
    assert rule_classify("The Indian Space Research Organisation will host the meeting.") == ([], True)
    # "the Moon, Mars, comets and asteroids" of the Artemis Accords: destinations, not astronomy
    found, _ = rule_classify("principles for the civil exploration and use of the Moon, Mars, comets and asteroids")
    assert "science" not in found and "moon-mars" in found
    # the Accords' deconfliction is no radio-frequency interference
    found, _ = rule_classify("partners will avoid harmful interference with each other's activities in space")
    assert "spectrum" not in found and "law-norms" in found


def test_non_interference_in_internal_affairs_is_no_space_topic():
    # diplomatic words shared with the Accords' principles count only in a text about space
    assert rule_classify("Both sides reaffirmed the principle of non-interference in internal affairs.") == ([], False)
    assert "law-norms" in rule_classify("a workshop on non-interference and safety zones on the Moon")[0]


def test_a_lone_generic_law_word_is_no_space_law():
    # a generic weak word of law-norms ("standards", "interoperability") counts only beside
    # another word of the topic: "common standards for lunar communications" is about the Moon
    from pipeline.answers.topics import rule_classify
    assert "law-norms" not in rule_classify("NASA and JAXA will develop common standards for lunar surface "
                                            "communications.")[0]
    assert "law-norms" in rule_classify("The sides will develop common standards and norms of responsible "
                                        "behaviour for lunar surface operations.")[0]


def test_a_space_strategy_for_security_and_defence_is_space_security():
    # the security policy of space in the words of councils and disarmament bodies
    from pipeline.answers.topics import rule_classify
    assert "space-security" in rule_classify("Council conclusions on the EU Space Strategy for Security and Defence")[0]
    assert "space-security" in rule_classify("Decides to refer the recommendations on outer space activities to the "
                                             "Conference on Disarmament")[0]


def test_the_astronautical_congress_is_no_human_spaceflight():
    # "astronautical" (the International Astronautical Congress or Federation: a venue, a
    # body) is no astronaut, though other languages' "astronaut*" would read it so
    from pipeline.answers.topics import rule_classify
    assert "human-spaceflight" not in rule_classify("The signing took place on the sidelines of the 66th "
                                                    "International Astronautical Congress in Jerusalem.")[0]


def test_a_mission_defined_by_its_topic_gives_it_to_the_paragraphs_naming_it():
    from pipeline.answers.topics import mission_topics
    recs = [{"kind": "title", "text": "Thailand's THEOS-2 Earth observation satellite successfully launched",
             "topics": ["earth-observation"], "space": True},
            {"kind": "body", "text": "THEOS-2 was built under a contract signed in 2018.", "topics": [], "space": True},
            {"kind": "body", "text": "COVID-19 measures were lifted in 2022.", "topics": [], "space": False},
            {"kind": "body", "text": "The crew of Crew-5 thanked the team.", "topics": [], "space": True}]
    mission_topics(recs)
    assert [r["topics"] for r in recs[1:]] == [["earth-observation"], [], []]


def test_korean_release_on_a_lunar_orbiter():
    # Korean joins particles to nouns ("달 탐사를"): its terms are matched anywhere (substring_languages)
    found, space = rule_classify("다누리, 2025년까지 임무 연장… 한-미 달 탐사 협력")
    assert found == ["moon-mars"] and space
    assert "capacity-building" in rule_classify("3. 인력 교류: 양 기관 연구자의 상호 방문과 달 궤도 자료 공동 분석")[0]
    # the Ministry of Science and ICT names no science; "달성" (achieve) is no Moon
    assert rule_classify("과학기술정보통신부는 목표 달성을 위해 노력하겠다고 밝혔다.") == ([], False)


def test_danish_release_on_the_artemis_accords():
    found, space = rule_classify("Danmark underskriver Artemis-aftalerne")
    assert found == ["law-norms", "moon-mars"] and space
    assert {"law-norms", "ssa-debris"} <= set(rule_classify(
        "De lande, der underskriver, forpligter sig blandt andet til at begrænse rumaffald og at respektere "
        "traktaten om det ydre rum.")[0])
    # a research minister's title names no science; a date in March names no Mars
    assert rule_classify("Uddannelses- og forskningsminister Christina Egelund talte den 15. marts.") == ([], False)
    assert rule_classify("Mødet finder sted 15. mars 2025 i Oslo.") == ([], False)


def test_dutch_norwegian_and_turkish_terms():
    assert rule_classify("Nederland tekent de Artemis-akkoorden voor de verkenning van de maan")[0] == \
        ["law-norms", "moon-mars"]
    assert "earth-observation" in rule_classify("Norge og USA vil samarbeide om jordobservasjon fra satellitt.")[0]
    assert "human-spaceflight" in rule_classify("Türkiye'nin ilk uzay yolculuğu Uluslararası Uzay İstasyonu'nda")[0]


def test_spaceport_customers_and_test_facilities_are_commercial():
    # a cosmodrome is a spaceport; customers and an assembly, integration and test centre are a market
    assert "commercial" in rule_classify("Kazakhstan will ensure the safe operation of the cosmodrome.")[0]
    assert "commercial" in rule_classify("The Egyptian side aims to qualify the Assembly, Integration and Testing "
                                         "Center of its satellites for regional customers.")[0]
    # a customer outside a text about space is no space business
    assert rule_classify("The bank will serve its customers in the region.") == ([], False)


def test_early_warnings_deorbiting_and_weapons_in_orbit():
    assert "earth-observation" in rule_classify("Satellite operators step up support for Early Warnings for All")[0]
    # early warning without satellites (the climate information systems of a leaders' statement) is no space topic
    assert rule_classify("establishing early warning and other climate information systems") == ([], False)
    # early warning without satellites (climate information systems of a leaders' statement) is no space topic
    assert rule_classify("establishing early warning and other climate information systems") == ([], False)
    assert "ssa-debris" in rule_classify("FCC adopts new '5-year rule' for deorbiting satellites")[0]
    assert "space-security" in rule_classify("Security Council fails to adopt draft resolution on weapons of "
                                             "mass destruction in outer space")[0]
    assert "space-security" in rule_classify("Amendment calling for ban on all weapons in orbit also rejected")[0]
    assert "capacity-building" in rule_classify("offer 50 space internships each year with local companies")[0]


def test_determined_and_determination_are_no_deterrence():
    # "deter*" took "determined" and "determination" for space security (written: five spurious)
    assert rule_classify("We are determined to grow our space industry responsibly.")[0] == ["commercial"]
    assert "space-security" not in rule_classify("They reaffirmed their determination to strengthen space "
                                                 "cooperation.")[0]
    assert "space-security" in rule_classify("Allies will deter attacks on space systems.")[0]
    assert "space-security" in rule_classify("space capabilities that are a deterrent")[0]


def test_ocean_and_climate_observation_is_a_strong_term_not_the_weak_climate():
    # a weak prefix ("climat*", "disaster*", "threat*") covers one word only: the strong
    # phrases it begins ("climate observation", "disaster monitoring") stay strong
    assert rule_classify("Ocean and Climate Observation") == (["earth-observation"], True)
    assert rule_classify("disaster monitoring for the region")[0] == ["earth-observation"]
    assert rule_classify("threats to space systems")[0] == ["space-security"]
    # the weak words themselves stay weak (no space term, no topic)
    assert rule_classify("climate finance for disasters") == ([], False)


def test_a_pledge_naming_no_topic_takes_its_sentences_topics():
    # "hold joint technical reviews" names no topic; its sentence does (rules only, masked text)
    sentence = ("To prepare the space weather CubeSat for its Artemis II flight, the two agencies agreed to "
                "hold joint technical reviews every six months.")
    found, space = commitment_topics("the two agencies agreed to hold joint technical reviews every six months",
                                     paragraph=(["capacity-building", "moon-mars"], True), sentence=sentence)
    assert found == ["moon-mars", "science"] and space
    # a pledge naming its own topic keeps it
    assert commitment_topics("will train ten engineers", sentence=sentence)[0] == ["capacity-building"]


def test_space_weather_is_science_not_weather():
    # "weather" (earth observation) inside "space weather" (science): claimed by science
    assert rule_classify("The CubeSat will measure space weather at various distances from Earth.")[0] == ["science"]
    assert rule_classify("weather forecasts from satellites")[0] == ["earth-observation"]


def test_minister_for_trade_and_industry_names_no_business():
    # economic portfolios of office titles (office_titles.portfolios): "trade", "transport", ...
    found, _ = rule_classify("Minister for Trade and Industry Gan Kim Yong signed the Accords in Washington.")
    assert found == ["law-norms"]
    assert "commercial" not in rule_classify("the Minister of Transport, Communications and Information "
                                             "Technology visited the satellite control centre")[0]
    # the same words outside a title still count
    assert "commercial" in rule_classify("to grow trade and industry in the space sector")[0]


def test_a_list_introduction_naming_no_topic_takes_the_topic_all_its_items_name():
    from pipeline.answers.topics import list_topics
    records = [
        {"kind": "body", "text": "Under the agreement, the parties will:", "topics": [], "space": False},
        {"kind": "body", "text": "- share satellite data for disaster response;", "topics": ["earth-observation"],
         "space": True},
        {"kind": "boilerplate", "text": "Share this page", "topics": [], "space": False},
        {"kind": "body", "text": "train 40 officials in remote sensing.", "topics": ["capacity-building",
                                                                                     "earth-observation"],
         "space": True},
        {"kind": "body", "text": "The Minister said the agreement was historic.", "topics": [], "space": False},
    ]
    list_topics(records)
    assert records[0]["topics"] == ["earth-observation"] and records[0]["space"]
    assert records[4]["topics"] == []
    # items sharing no topic give none; an introduction with a topic keeps its own
    records[0]["topics"], records[3]["topics"] = [], ["capacity-building"]
    list_topics(records)
    assert records[0]["topics"] == []


def test_treaty_mechanics_and_academies_of_sciences_name_no_topic():
    # the closing clauses of an agreement ("shall enter into force upon signature") are no space
    # law, and an academy or a space science agency is a body's name, not space science
    # (claimed_phrases "none"): written answers, treaty clauses and Arab and European bodies
    assert "law-norms" not in rule_classify("This Agreement shall enter into force upon signature and remain in "
                                            "force for five years.")[0]
    assert "science" not in rule_classify("The Hungarian Space Office will prepare the draft together with the "
                                          "Hungarian Academy of Sciences")[0]
    assert "science" not in rule_classify("The Kingdom of Bahrain, represented by the National Space Science "
                                          "Agency (NSSA), will chair the Group in 2024")[0]
    assert "science" in rule_classify("The two agencies will cooperate in space science.")[0]


def test_a_soyuz_launch_is_no_human_spaceflight():
    # the Soyuz rocket launches satellites more often than crews; a crewed flight names its crew
    found, space = rule_classify("The satellite was launched on a Soyuz rocket from the Baikonur Cosmodrome.")
    assert "human-spaceflight" not in found and space
    assert "human-spaceflight" in rule_classify("The Soyuz MS-22 crew docked with the space station.")[0]


def test_optical_radar_and_radio_occultation_satellites_observe_the_earth():
    # the kinds of Earth-observing payloads named instead of "Earth observation"
    assert "earth-observation" in rule_classify("design and build two very high-resolution optical satellites, "
                                                "to be launched by 2027;")[0]
    assert "earth-observation" in rule_classify("jointly study a follow-on radio occultation mission")[0]


def test_a_space_activities_act_is_space_law():
    # a national space law named by its title
    assert "law-norms" in rule_classify("the government intends to submit a draft Space Activities Act to "
                                        "Parliament in the first half of next year")[0]


def test_a_pledge_naming_no_topic_takes_the_theme_of_a_one_topic_statement():
    # a release on a lunar mission: "plans to sign an implementing agreement with each of them by
    # the end of this year" names no topic, its statement names the Moon almost everywhere
    # (statement_theme); in a statement of several subjects it gets none
    from pipeline.answers.topics import statement_theme

    def rec(text, topics, commitments=()):
        return {"kind": "body", "text": text, "topics": list(topics), "space": True, "commitments": list(commitments)}
    pledge = {"text": "plans to sign an implementing agreement with each of them by the end of this year",
              "topics": [], "space": True}
    records = [rec("China's Chang'e-7 mission will carry payloads of six countries to the lunar south pole.",
                   ["moon-mars"]),
               rec("The lander and the rover will study the lunar surface.", ["moon-mars"]),
               rec("CNSA plans to sign an implementing agreement with each of them by the end of this year.",
                   [], [pledge])]
    statement_theme(records)
    assert pledge["topics"] == ["moon-mars"]
    pledge["topics"] = []
    mixed = [rec("The lander will study the lunar surface.", ["moon-mars"]),
             rec("The partners will share satellite imagery of floods.", ["earth-observation"]),
             records[2]]
    statement_theme(mixed)
    assert pledge["topics"] == []


def test_a_communication_satellite_and_its_orbital_slot_are_satellite_communications():
    # satellite communications named by the craft ("communication satellite", singular noun
    # modifier), its ITU-coordinated position ("orbital slot") or its services (television)
    assert "spectrum" in rule_classify("SUPARCO intends to launch a new multi-mission communication satellite, "
                                       "PAKSAT-MM1, by the end of May 2024.")[0]
    assert "spectrum" in rule_classify("The minister said the satellite will reach its orbital slot at 42 degrees "
                                       "east within about five months.")[0]
    assert "spectrum" in rule_classify("The operator will start selling satellite television services next year.")[0]


def test_telecommunications_count_as_spectrum_only_in_a_text_about_space():
    # English "telecommunications" is a weak term, as its forms in the other languages are
    # ("télécommunications", "telecomunicazioni"): a programme of a space agency, not a leaders'
    # pledge on telecommunications suppliers
    assert "spectrum" in rule_classify("From 2023 to 2027, Estonia will contribute to ESA's Earth observation, "
                                       "navigation and telecommunications programmes.")[0]
    assert rule_classify("We will promote telecommunications supplier diversity.") == ([], False)


def test_space_start_ups_and_space_commerce_are_commercial():
    # the hyphenated spelling of start-ups, and the trade in space goods and services
    assert "commercial" in rule_classify("The Ministry plans to double the support available for space start-ups "
                                         "by 2027.")[0]
    assert "commercial" in rule_classify("The two offices will hold a dialogue on space commerce.")[0]


def test_the_crew_and_science_airlock_of_the_gateway_names_no_space_science():
    # the name of the Gateway's airlock module (claimed_phrases): crew hardware, not science
    found, space = rule_classify("The UAE will develop and operate the Gateway's Crew and Science Airlock module.")
    assert "science" not in found and "human-spaceflight" in found and space


def test_the_development_of_human_capital_in_a_space_text_is_capacity_building():
    assert "capacity-building" in rule_classify("MYSA and JAXA will cooperate in satellite Earth observation and "
                                                "the development of human capital.")[0]
    assert rule_classify("The reform will develop human capital in the health sector.") == ([], False)


def test_nuclear_weapons_placed_in_orbit_and_a_contested_space_are_space_security():
    # weak terms (a text about space only): weapons named apart from "in orbit" ("not to place
    # in orbit ... any objects carrying nuclear weapons"), outer space as a contested domain
    assert rule_classify("the undertaking not to place in orbit around the Earth any objects carrying nuclear "
                         "weapons")[0] == ["space-security"]
    assert "space-security" in rule_classify("Recognizing that outer space is increasingly contested, the two "
                                             "Prime Ministers reaffirmed their commitment")[0]
    # a leaders' pledge on nuclear non-proliferation names no space
    assert rule_classify("We will strengthen the non-proliferation regime and oppose nuclear weapons tests.") == (
        [], False)
