/// English news sentences of our own and the events they report, read against
/// Wednesday 13 March 2024 (see ``EventCorpus/reference``).
///
/// Each expected event is `"<cameo> <source>[,…]>[<target>,…] [neg] [hyp] [@<timex>]"`
/// (see ``ExpectedEvent``). Sentences with no expected event must yield none.
enum EnglishEventCorpus {
    static let cases: [EventCorpusCase] = statements + appeals + intents + consultations + cooperation
        + material + aid + yielding + investigations + demands + disapproval + rejections + threats
        + protests + forcePosture + reductions + coercion + assaults + fighting + massViolence
        + discourse + negatives

    // MARK: 01 make public statement

    static let statements: [EventCorpusCase] = [
        // Attribution alone is no event.
        .init("The Turkish foreign minister said on Monday that the border with Syria would stay open."),
        .init("Iran's foreign ministry spokesman said the talks had been useful."),
        .init("The UN Secretary General told reporters in Geneva that aid was running short."),
        .init("The European Union issued a statement on the elections in Georgia."),
        .init("According to the ministry, the minister of Kenya was in good health."),
        .init("The Chinese foreign ministry spokeswoman declined to comment on the report.", "011 CHN @2024-03-13"),
        .init("Pakistan denied the report on Monday.", "016 PAK @2024-03-11"),
        // A participle clause of its own tells what the subject did as it did the past act before it.
        .init("The Kenyan president stressed his respect for Uganda, denying the accusation that Nairobi was arming rebels.", "016 KEN>UGA @2024-03-13"),
        .init("Officials gathered in Kampala, hoping for calm."),
        // "Is still denying" holds a position, as the simple present does: undated, no event.
        .init("Kenya is still denying the charges, the minister said."),
        .init("The envoy expressed pessimism about the talks with Iran.", "012 >IRN @2024-03-13"),
        .init("Japan expressed sympathy to the people of Turkey after the earthquake.", "018 JPN>TUR @2024-03-13"),
        .init("The Egyptian president stressed the need for calm in the region."),
        .init("Qatar expressed hope that the dispute would end soon.", "013 QAT @2024-03-13"),
        .init("The Iraqi prime minister announced on Tuesday that elections would be held in June.", "010 IRQ @2024-03-12"),
        .init("The Kremlin spokesman denied that Russia had sent troops to Belarus.", "016 RUS>BLR"),
    ]

    // MARK: 02 appeal

    static let appeals: [EventCorpusCase] = [
        .init("The Arab League called on Israel to open the crossings.", "020 LAS>ISR @2024-03-13"),
        .init("The African Union called for a ceasefire in Sudan on Tuesday.", "0256 AU>SDN @2024-03-12"),
        .init("Ukraine appealed for aid from the European Union.", "023 UKR>EU @2024-03-13"),
        .init("Germany called for the release of the journalists detained in Iran.", "0253 DEU>IRN"),
        .init("Iraq asked Turkey to withdraw its troops from the north.", "020 IRQ>TUR @2024-03-13"),
        .init("Saudi Arabia invited the Iranian president to Riyadh.", "020 SAU>IRN @2024-03-13"),
        .init("The Iranian president was invited to Riyadh by Saudi Arabia.", "020 SAU>IRN @2024-03-13"),
        .init("The Security Council called for talks between Armenia and Azerbaijan.", "026 UNSC>ARM,AZE @2024-03-13"),
        .init("The Arab League called on Monday for talks between Iran and Iraq.", "026 LAS>IRN,IRQ @2024-03-11"),
        .init("The Pope appealed to Russia and Ukraine on Monday to end the war.", "020 >RUS,UKR @2024-03-11"),
    ]

    // MARK: 03 express intent to cooperate

    static let intents: [EventCorpusCase] = [
        // A future act a speaker reports is a stated intention, on the day it was said.
        .init("The Russian envoy said on 12 March that Russia will cooperate with Iran.", "031 RUS>IRN @2024-03-12"),
        .init("The Turkish minister said on Monday that Turkey would meet Iraq in May.", "036 TUR>IRQ @2024-03-11"),
        .init("Japan will send aid to Sri Lanka, according to the ministry.", "033 JPN>LKA"),
        .init("China pledged aid to Pakistan after the floods.", "033 CHN>PAK @2024-03-13"),
        .init("Oman offered to mediate between Iran and the United States.", "039 OMN>IRN,USA @2024-03-13"),
        .init("Kazakhstan expressed readiness to expand trade with Russia.", "030 KAZ>RUS @2024-03-13"),
        .init("The Turkish president promised to support Azerbaijan.", "030 TUR>AZE @2024-03-13"),
        .init("India offered talks to Pakistan on Tuesday.", "036 IND>PAK @2024-03-12"),
        .init("Norway expressed willingness to host the next round of talks.", "030 NOR @2024-03-13"),
        .init("North Korea agreed to return to talks with the United States.", "030 PRK>USA @2024-03-13"),
        // A date between the verb and its "to" leaves "agreed to" whole.
        .init("Armenia agreed on Tuesday to reopen the border with Turkey.", "030 ARM>TUR @2024-03-12"),
        // An act after a will to act ("keenness to", "willingness to") is a stated intention.
        .init("The Turkish minister expressed his keenness to mediate between Syria and Iraq on Monday.", "039 TUR>SYR,IRQ @2024-03-11"),
        .init("Qatar voiced its willingness to negotiate with Iran on Tuesday.", "036 QAT>IRN @2024-03-12"),
        // A will to attack is no intention to cooperate, and no attack.
        .init("Pakistan voiced its readiness to strike India."),
    ]

    // MARK: 04 consult

    static let consultations: [EventCorpusCase] = [
        .init("The Turkish foreign minister met his Iranian counterpart in Tehran on Monday.", "040 TUR>IRN @2024-03-11"),
        .init("Russian and Chinese leaders held talks in Beijing on Tuesday.", "040 RUS>CHN @2024-03-12"),
        .init("The Iranian foreign minister will visit Iraq on March 20.", "042 IRN>IRQ hyp @2024-03-20"),
        .init("Armenia negotiated with Azerbaijan on a peace treaty.", "046 ARM>AZE @2024-03-13"),
        .init("The Qatari emir spoke by telephone with the French president on Tuesday.", "041 QAT>FRA @2024-03-12"),
        .init("The German chancellor arrived in Turkey on Monday for a two-day visit.", "042 DEU>TUR @2024-03-11"),
        .init("Egypt hosted a meeting of Israeli and Palestinian officials.", "043 EGY>ISR,PSE @2024-03-13"),
        .init("A summit of the Shanghai Cooperation Organisation opened in Astana on 3 July 2023.", "040 SCO @2023-07-03"),
        .init("The meeting between the Iranian and Saudi foreign ministers took place in Beijing.", "040 IRN>SAU @2024-03-13"),
        .init("Iran and the IAEA will hold talks in Vienna next month.", "040 IRN>IAEA hyp @2024-04"),
        .init("The Russian president did not meet the Ukrainian delegation.", "040 RUS>UKR neg"),
        .init("The Pakistani prime minister may visit Afghanistan in April.", "042 PAK>AFG hyp @2024-04"),
        .init("The foreign ministers of India and China met in Moscow on 10 September 2020.", "040 IND>CHN @2020-09-10"),
        .init("The Saudi crown prince visited the United States in 2018.", "042 SAU>USA @2018"),
        .init("NATO foreign ministers met with their Ukrainian counterpart in Brussels on Monday.", "040 NATO>UKR @2024-03-11"),
        .init("The Iranian president travelled to Oman on Tuesday.", "042 IRN>OMN @2024-03-12"),
        .init("Oman mediated between Iran and the United States in 2013.", "045 OMN>IRN,USA @2013"),
        // "Here" is the city of the dateline; an arrival in a city is a visit to its country.
        .init("BEIJING, March 12 (Agency)\nThe delegation of Japan arrived here on Tuesday.", "042 JPN>CHN @2024-03-12"),
        .init("The French foreign minister arrived in Khartoum on Monday.", "042 FRA>SDN @2024-03-11"),
        .init("The Iraqi prime minister paid a three-day official visit to Iran in July 2023.", "042 IRQ>IRN @2023-07"),
        .init("The Italian president's trip to Egypt began on Sunday.", "042 ITA>EGY @2024-03-10"),
        .init("The Iranian president attended the summit of the Shanghai Cooperation Organisation in July 2023.", "040 IRN>SCO @2023-07"),
        .init("US President George W. Bush landed in Shanghai on Monday. Bush attended the APEC summit in 2001.", "040 USA>APEC @2001"),
        .init("The European Union launched talks with Turkey in October 2005.", "046 EU>TUR @2005-10"),
        // A meeting, visit or cooperation needs a second actor; a host or an organisation's own meeting does not.
        .init("The Turkish president arrived on Monday."),
        .init("Japan hosted the talks.", "043 JPN @2024-03-13"),
    ]

    // MARK: 05 engage in diplomatic cooperation

    static let cooperation: [EventCorpusCase] = [
        .init("Azerbaijan joined the Non-Aligned Movement in 2011.", "057 AZE>NONALIGNED @2011"),
        .init("Iran and Saudi Arabia restored diplomatic relations in March 2023.", "054 IRN>SAU @2023-03"),
        .init("Diplomatic relations between Georgia and Turkey were established in 1992.", "054 GEO>TUR @1992"),
        .init("France welcomed the agreement between Armenia and Azerbaijan.", "051 FRA>ARM,AZE @2024-03-13"),
        .init("The United States praised India for its role in the negotiations.", "051 USA>IND @2024-03-13"),
        .init("Ukraine signed a security agreement with the United Kingdom on 12 January 2024.", "057 UKR>GBR @2024-01-12"),
        .init("Finland became a member of NATO in April 2023.", "057 FIN>NATO @2023-04"),
        .init("Georgia has not signed the treaty.", "057 GEO neg"),
        .init("Serbia may join the European Union in 2030.", "057 SRB>EU hyp @2030"),
        .init("Pakistan apologised to Afghanistan for the border incident.", "055 PAK>AFG @2024-03-13"),
        .init("Turkey supported Azerbaijan in the dispute.", "051 TUR>AZE @2024-03-13"),
        .init("Kazakhstan ratified the treaty on 1 February 2024.", "057 KAZ @2024-02-01"),
        .init("Sweden joined NATO on 7 March 2024.", "057 SWE>NATO @2024-03-07"),
        .init("Iran did not sign the agreement with the IAEA.", "057 IRN>IAEA neg"),
        .init("Armenia will sign a peace treaty with Azerbaijan.", "057 ARM>AZE hyp"),
        .init("Egypt and Turkey reached an agreement on trade on Monday.", "057 EGY>TUR @2024-03-11"),
        .init("Mexico recognised Palestine as a state.", "054 MEX>PSE @2024-03-13"),
        .init("The European Parliament endorsed the plan of the Commission.", "051 EP>EC"),
        // Agreeing to a plan or proposal accepts it; agreeing to do something is an intention (03).
        .init("Turkey agreed to the Russian proposal on Monday.", "050 TUR>RUS @2024-03-11"),
        // An infinitive after "was the first" tells a fact; one after "plans" does not.
        .init("Peru was the first Latin American nation to establish diplomatic relations with India on 2 June 1962.", "054 PER>IND @1962-06-02"),
        .init("Bhutan plans to establish diplomatic ties with Israel next year.", "054 BTN>ISR hyp @2025"),
        .init("Japan said on Tuesday that it had agreed to a plan of the Philippines.", "050 JPN>PHL @2024-03-12"),
    ]

    // MARK: 06 engage in material cooperation

    static let material: [EventCorpusCase] = [
        .init("Russia and Iran held joint exercises in the Caspian Sea.", "062 RUS>IRN @2024-03-13"),
        .init("Turkey extradited two suspects to Iraq on Monday.", "063 TUR>IRQ @2024-03-11"),
        .init("China invested in ports in Pakistan.", "061 CHN>PAK"),
        .init("Iraq will cooperate with Iran on border security.", "060 IRQ>IRN hyp"),
        .init("Germany will share intelligence with France.", "064 DEU>FRA hyp"),
        .init("Kazakhstan cooperated with Uzbekistan on water management in 2023.", "060 KAZ>UZB @2023"),
    ]

    // MARK: 07 provide aid

    static let aid: [EventCorpusCase] = [
        .init("Saudi Arabia sent aid to Yemen on Tuesday.", "070 SAU>YEM @2024-03-12"),
        .init("The World Food Programme delivered aid to Sudan.", "070 WFP>SDN @2024-03-13"),
        .init("Japan granted a loan to Egypt.", "071 JPN>EGY @2024-03-13"),
        .init("The United States sent weapons to Ukraine in February.", "072 USA>UKR @2024-02"),
        .init("The UN deployed peacekeepers to Lebanon.", "074 UN>LBN @2024-03-13"),
        .init("Qatar did not provide aid to Syria.", "070 QAT>SYR neg"),
        .init("Turkey provided aid to Syria after the earthquake in February 2023.", "070 TUR>SYR @2023-02"),
        .init("Germany will provide financial aid to Moldova.", "071 DEU>MDA hyp"),
    ]

    // MARK: 08 yield

    static let yielding: [EventCorpusCase] = [
        .init("Iran released two French citizens on Tuesday.", "0841 IRN>FRA @2024-03-12"),
        .init("The European Union lifted sanctions on Belarus.", "085 EU>BLR @2024-03-13"),
        .init("Israel declared a ceasefire in Lebanon on Monday.", "0871 ISR>LBN @2024-03-11"),
        .init("Armenia withdrew its forces from the border with Azerbaijan.", "0874 ARM>AZE @2024-03-13"),
        .init("The Pakistani prime minister resigned on Monday.", "0831 PAK @2024-03-11"),
        .init("Azerbaijan freed three Armenian soldiers.", "0841 AZE>ARM @2024-03-13"),
        .init("Three Armenian soldiers were freed by Azerbaijan on Tuesday.", "0841 AZE>ARM @2024-03-12"),
        .init("Russia and Ukraine agreed to a ceasefire.", "0871 RUS>UKR @2024-03-13"),
        // Suspending what one does oneself gives way; suspending talks or aid with others is a reduction (16).
        .init("Iran suspended uranium enrichment in October 2003.", "080 IRN @2003-10"),
        .init("The Libyan army suspended military operations against Chad on Sunday.", "087 LBY>TCD @2024-03-10"),
    ]

    // MARK: 09 investigate

    static let investigations: [EventCorpusCase] = [
        .init("The IAEA inspected a nuclear site in Iran on Monday.", "090 IAEA>IRN @2024-03-11"),
        .init("The United Nations will investigate the attack on the convoy in Syria.", "090 UN>SYR hyp"),
        .init("The International Criminal Court opened an investigation into the war in Ukraine.", "090 ICC>UKR @2024-03-13"),
        .init("The European Union investigated Chinese subsidies in 2023.", "090 EU>CHN @2023"),
    ]

    // MARK: 10 demand

    static let demands: [EventCorpusCase] = [
        .init("Iraq demanded that Turkey withdraw its troops.", "100 IRQ>TUR @2024-03-13"),
        .init("The Iranian foreign ministry spokesman demanded an apology from Britain.", "100 IRN>GBR @2024-03-13"),
        .init("China insisted on its claim to the islands.", "100 CHN"),
        .init("Azerbaijan demanded compensation from Armenia on Monday.", "100 AZE>ARM @2024-03-11"),
        // "Urge" presses harder than "call on" or "ask": a demand.
        .init("The UN Secretary General urged Israel and Lebanon to show restraint.", "100 UN>ISR,LBN @2024-03-13"),
        .init("Germany urged Serbia on Tuesday to withdraw its police from the north.", "100 DEU>SRB @2024-03-12"),
        // A clause opened by a participle tells an act of its own.
        .init("The Security Council adopted a resolution on Monday, demanding that Syria cooperate with the inquiry.", "100 UNSC>SYR @2024-03-11"),
    ]

    // MARK: 11 disapprove

    static let disapproval: [EventCorpusCase] = [
        .init("The Turkish foreign ministry condemned the assault on the embassy in Kabul.", "111 TUR @2024-03-13"),
        .init("Russia criticised NATO for its plans in Finland.", "111 RUS>NATO,FIN @2024-03-13"),
        .init("The UN Secretary General condemned the bombing in Pakistan on Monday.", "111 UN>PAK @2024-03-11"),
        .init("Iran accused Israel of the attack on its consulate in Damascus.", "112 IRN>ISR @2024-03-13"),
        .init("France did not condemn the strikes.", "111 FRA neg"),
        .init("Britain summoned the ambassador of Iran on Tuesday.", "114 GBR>IRN @2024-03-12"),
        .init("Armenia complained to the OSCE about the shelling of its villages.", "114 ARM>OSCE @2024-03-13"),
        .init("The Chinese foreign ministry criticised Japan on Tuesday.", "111 CHN>JPN @2024-03-12"),
        .init("Turkey was criticised by the European Parliament.", "111 EP>TUR @2024-03-13"),
        .init("The Saudi foreign minister denounced the decision of Israel.", "111 SAU>ISR @2024-03-13"),
        // Concern voiced over a happening disapproves of it.
        .init("Russia expressed concern about the fighting in Sudan.", "110 RUS>SDN @2024-03-13"),
        .init("Egypt expressed deep concern on Monday over the Turkish strikes in Iraq.", "110 EGY>TUR,IRQ @2024-03-11"),
        // What a happening "drew" or "sparked" is a reaction, an event of its own; nouns joined by
        // "and" are one event each.
        .init("The missile test last month drew condemnation from the United Nations.", "111 UN @2024-02"),
        .init("The border raid sparked Iranian condemnation and sanctions.", "111 IRN @2024-03-13", "163 IRN @2024-03-13"),
        .init("The film drew large crowds in Tehran."),
        .init("The storm prompted fears in Cuba."),
    ]

    // MARK: 12 reject

    static let rejections: [EventCorpusCase] = [
        .init("Iran rejected the proposal of the European Union.", "120 IRN>EU @2024-03-13"),
        .init("Russia vetoed the Security Council resolution on Syria.", "129 RUS>UNSC,SYR @2024-03-13"),
        .init("Afghanistan refused to negotiate with Pakistan.", "125 AFG>PAK @2024-03-13"),
        .init("Hungary opposed new sanctions against Russia.", "120 HUN>RUS @2024-03-13"),
        .init("North Korea defied the United Nations.", "128 PRK>UN"),
        .init("The United States vetoed the resolution on Gaza on Tuesday.", "129 USA @2024-03-12"),
        .init("Venezuela rejected the demands of the United States on Monday.", "120 VEN>USA @2024-03-11"),
    ]

    // MARK: 13 threaten

    static let threats: [EventCorpusCase] = [
        .init("The United States threatened sanctions against Turkey.", "1312 USA>TUR @2024-03-13"),
        .init("Iran warned Israel against any attack on its territory.", "130 IRN>ISR @2024-03-13"),
        .init("Russia threatened to cut ties with Moldova.", "1313 RUS>MDA @2024-03-13"),
        .init("Turkey threatened to attack Kurdish fighters in Syria.", "1384 TUR>SYR @2024-03-13"),
        .init("North Korea warned South Korea on Tuesday.", "130 PRK>KOR @2024-03-12"),
        .init("The European Union threatened to impose sanctions on Belarus.", "1312 EU>BLR @2024-03-13"),
        .init("China threatened Taiwan on Monday.", "130 CHN>TWN @2024-03-11"),
    ]

    // MARK: 14 protest

    static let protests: [EventCorpusCase] = [
        .init("Thousands of people demonstrated in Armenia on Monday.", "141 ARM @2024-03-11"),
        .init("Iranian workers went on strike on Tuesday.", "143 IRN @2024-03-12"),
        .init("Protesters in Georgia marched against the new law on Tuesday.", "141 GEO @2024-03-12"),
        .init("Students in Pakistan protested against the fee increase.", "141 PAK @2024-03-13"),
        .init("Riots broke out in France in June 2023.", "145 FRA @2023-06"),
        .init("Farmers in India went on hunger strike.", "142 IND"),
    ]

    // MARK: 15 exhibit force posture

    static let forcePosture: [EventCorpusCase] = [
        .init("Russia deployed troops to the border with Ukraine.", "154 RUS>UKR @2024-03-13"),
        .init("China put its forces on high alert near Taiwan.", "152 CHN>TWN"),
        .init("Turkey sent troops to Qatar in 2017.", "154 TUR>QAT @2017"),
        .init("Iran held a military exercise in the Gulf on Monday.", "150 IRN @2024-03-11"),
        .init("Serbia put its army on high alert on the border with Kosovo.", "152 SRB>XKX"),
    ]

    // MARK: 16 reduce relations

    static let reductions: [EventCorpusCase] = [
        .init("Bahrain cut ties with Qatar in 2017.", "161 BHR>QAT @2017"),
        .init("The EU imposed sanctions on Iran on Monday.", "163 EU>IRN @2024-03-11"),
        .init("Morocco severed diplomatic relations with Iran in 2018.", "161 MAR>IRN @2018"),
        .init("The United States suspended aid to Niger.", "162 USA>NER @2024-03-13"),
        .init("Russia suspended its participation in the grain deal.", "160 RUS @2024-03-13"),
        .init("The European Union suspended talks with Belarus on Monday.", "164 EU>BLR @2024-03-11"),
        .init("The United States will not impose sanctions on India.", "163 USA>IND neg hyp"),
        .init("Ukraine cut ties with Iran.", "161 UKR>IRN @2024-03-13"),
        .init("Indonesia revoked the security pact with Australia in 1999.", "160 IDN>AUS @1999"),
        .init("Turkey cancelled the talks with Cyprus on Monday.", "160 TUR>CYP @2024-03-11"),
        .init("The small state cut ties."),
        .init("Canada imposed sanctions on Russia on 24 February 2023.", "163 CAN>RUS @2023-02-24"),
        .init("Russia was sanctioned by the European Union.", "163 EU>RUS @2024-03-13"),
    ]

    // MARK: 17 coerce

    static let coercion: [EventCorpusCase] = [
        .init("Iran arrested a British citizen on Monday.", "173 IRN>GBR @2024-03-11"),
        .init("Russia expelled two Estonian diplomats.", "174 RUS>EST @2024-03-13"),
        .init("Turkey detained dozens of suspects in Istanbul.", "173 TUR @2024-03-13"),
        .init("Israel demolished several homes on Tuesday.", "1712 ISR @2024-03-12"),
        .init("Egypt declared a state of emergency in 2017.", "1724 EGY @2017"),
        .init("Pakistan banned the party on Monday.", "172 PAK @2024-03-11"),
        .init("Iran seized a British tanker in 2019.", "1711 IRN>GBR @2019"),
        .init("Belarus cracked down on protesters in 2020.", "175 BLR @2020"),
    ]

    // MARK: 18 assault

    static let assaults: [EventCorpusCase] = [
        .init("Gunmen kidnapped two Turkish engineers.", "181 >TUR @2024-03-13"),
        .init("A car bomb exploded near the Pakistani embassy on Monday.", "1832 >PAK @2024-03-11"),
        .init("Unknown assailants assassinated an Iranian nuclear scientist.", "186 >IRN @2024-03-13"),
        .init("Israel assassinated a commander in Lebanon.", "186 ISR>LBN @2024-03-13"),
        .init("A suicide bombing took place in Pakistan on Tuesday.", "1831 >PAK @2024-03-12"),
        .init("Russia tortured Ukrainian prisoners.", "1822 RUS>UKR @2024-03-13"),
    ]

    // MARK: 19 fight

    static let fighting: [EventCorpusCase] = [
        .init("Israel attacked targets in Syria on Monday.", "190 ISR>SYR @2024-03-11"),
        .init("Russian forces shelled Ukrainian towns on Tuesday.", "194 RUS>UKR @2024-03-12"),
        .init("Azerbaijan and Armenia clashed on the border in September 2023.", "190 AZE>ARM @2023-09"),
        .init("Turkey bombed Kurdish positions in Iraq.", "195 TUR>IRQ @2024-03-13"),
        .init("Russia invaded Ukraine in February 2022.", "190 RUS>UKR @2022-02"),
        .init("Israel violated the ceasefire in Lebanon.", "196 ISR>LBN @2024-03-13"),
        .init("Iran launched missiles at Israel in April.", "195 IRN>ISR @2023-04"),
        .init("Pakistan did not attack Afghanistan.", "190 PAK>AFG neg"),
        .init("Israel may attack Iran.", "190 ISR>IRN hyp"),
        .init("Iran was attacked by Iraq in 1980.", "190 IRQ>IRN @1980"),
        .init("Russia occupied Crimea in 2014.", "192 RUS>UKR @2014"),
        // A stretch of time dates the event by its start.
        .init("Iran and Iraq fought a long war from 1980 to 1988.", "190 IRN>IRQ @1980"),
        .init("Indian troops opened fire on Pakistani soldiers on Monday.", "193 IND>PAK @2024-03-11"),
        .init("A Hamas commander was shot dead by Israeli soldiers on Monday.", "190 ISR>PSE @2024-03-11"),
        .init("Two Syrian soldiers were wounded by Turkish gunfire on Tuesday.", "190 TUR>SYR @2024-03-12"),
        // An attack in a place of another country is against that country.
        .init("Israeli troops raided a refugee camp in the West Bank on Monday.", "190 ISR>PSE @2024-03-11"),
        // States that no longer exist, as ISO 3166-3 codes them; "former Soviet" names none.
        .init("The Soviet Union invaded Afghanistan in December 1979.", "190 SUN>AFG @1979-12"),
        .init("Yugoslav troops shelled Croatian towns in 1991.", "194 YUG>HRV @1991"),
        .init("Azerbaijan, a former Soviet republic, signed a treaty with Turkey in 1992.", "057 AZE>TUR @1992"),
    ]

    // MARK: 20 use unconventional mass violence

    static let massViolence: [EventCorpusCase] = [
        .init("Syria used chemical weapons in 2013.", "2041 SYR @2013"),
        .init("A chemical attack took place in Syria in August 2013.", "2041 >SYR @2013-08"),
        .init("The army of Myanmar massacred villagers in 2017.", "202 MMR @2017"),
        .init("Serbia massacred civilians in Bosnia and Herzegovina in 1995.", "202 SRB>BIH @1995"),
    ]

    // MARK: Several clauses and anaphora

    static let discourse: [EventCorpusCase] = [
        .init("Azerbaijan joined NATO's partnership programme in 1994, and the country signed an individual plan with the alliance in 2005.",
              "057 AZE>NATO @1994", "057 AZE>NATO @2005"),
        .init("Turkish Foreign Minister Hakan Fidan met the Iranian president on Monday; he also visited Iraq.",
              "040 TUR>IRN @2024-03-11", "042 TUR>IRQ @2024-03-13"),
        .init("The foreign ministers of Iran and Turkey met on Tuesday, and both sides signed a trade agreement.",
              "040 IRN>TUR @2024-03-12", "057 IRN>TUR @2024-03-13"),
        .init("Japan pledged aid to Sri Lanka. The country will also send experts.", "033 JPN>LKA @2024-03-13"),
        .init("Ukraine met with NATO on Monday. The alliance praised Ukraine.", "040 UKR>NATO @2024-03-11", "051 NATO>UKR @2024-03-13"),
        .init("Iran condemned the sanctions, but the European Union defended them.", "111 IRN @2024-03-13", "052 EU @2024-03-13"),
        // An undated event in the narrative past is news of the day of publication; in a
        // clause of background it stays undated.
        .init("Kenya expelled the ambassador of Uganda.", "174 KEN>UGA @2024-03-13"),
        .init("Oman, which mediated between Iran and the United States, is a small country.", "045 OMN>IRN,USA"),
        .init("Kenya has expelled the ambassador of Uganda.", "174 KEN>UGA"),
        .init("A NATO summit was held in Vilnius on 11 July 2023. At this summit, Sweden and Turkey reached an agreement.",
              "040 NATO @2023-07-11", "057 SWE>TUR @2023-07-11"),
        // A capital for its government, unless it is the place.
        .init("Moscow and Minsk signed a gas agreement on Monday.", "057 RUS>BLR @2024-03-11"),
        .init("Beijing warned Tokyo on Tuesday.", "130 CHN>JPN @2024-03-12"),
        .init("Iran and Azerbaijan held talks in Baku.", "040 IRN>AZE @2024-03-13"),
        .init("ANKARA — Officials of Iraq and Turkey met on Monday.", "040 IRQ>TUR @2024-03-11"),
        .init("The French president met the Italian prime minister in Rome, and the two leaders then pledged to expand trade.",
              "040 FRA>ITA @2024-03-13", "030 FRA>ITA @2024-03-13"),
        .init("Iranian Supreme Leader Ali Khamenei called on Iraq to end the current crisis.", "020 IRN>IRQ @2024-03-13"),
        // Event nouns dated in their own phrase, the date before or after the noun.
        .init("The minister recalled the 1995 security pact between Indonesia and Australia.", "057 IDN>AUS @1995"),
        .init("The museum recalls Iraq's August 1990 invasion of Kuwait.", "190 IRQ>KWT @1990-08"),
        .init("The talks were a follow-up to the Chilean president's visit to Peru in May 2001.", "042 CHL>PER @2001-05"),
        .init("The Georgian minister spoke with Russia about trade at their meeting on Monday.", "040 GEO>RUS @2024-03-11"),
        .init("Hopes rose after the Israeli withdrawal from the Gaza Strip in September.", "0874 ISR>PSE @2023-09"),
        // A dated noun that frames the clause ("at the summit in …") dates its verb too.
        .init("At the summit in Prague in April 2010, the presidents of Russia and the United States signed a treaty.",
              "057 RUS>USA @2010-04"),
        // A noun after a verb is its object: the verb takes the date.
        .init("Iran and Iraq signed the treaty in 1975.", "057 IRN>IRQ @1975"),
        // "and" before a word that points back to actors opens a clause with its own subject.
        .init("The Turkish president met the Iraqi prime minister in Baghdad and the two leaders signed a water agreement.",
              "040 TUR>IRQ @2024-03-13", "057 TUR>IRQ @2024-03-13"),
        // A hypothetical act after an asserted verb is what that verb is about.
        .init("Indonesia dismissed a report in the press that it would soon sign a pact with Australia.", "016 IDN>AUS @2024-03-13"),
        .init("Venezuela dismissed the accusations of Colombia as groundless.", "120 VEN>COL @2024-03-13"),
        // A passive with no agent, done during an event told before, was done by its source.
        .init("Israeli troops raided a camp in the West Bank on Monday. Six Hamas members were also detained during the raid.",
              "190 ISR>PSE @2024-03-11", "173 ISR>PSE @2024-03-11"),
        .init("The Palestinian militant planned suicide bombings in Lebanon in the 1990s.", "1831 PSE>LBN @199"),
        .init("Iran warned on Monday that it would attack Israel.", "130 IRN>ISR @2024-03-11"),
        .init("The European Union cancelled the talks on Monday, after the refusal of Turkey to meet its obligations.", "160 EU>TUR @2024-03-11"),
        // The simple present tells a standing position, unless a date comes with it.
        .init("Washington accuses Tehran of building missiles in secret."),
        .init("France and Germany agree that the plan must change."),
        .init("Iraq accuses Turkey on Monday of shelling its villages.", "112 IRQ>TUR @2024-03-11"),
        // "On the same day" is the day last written.
        .init("The Iraqi president met the king on Sunday. The French envoy arrived in Amman on the same day.", "042 FRA>JOR @2024-03-10"),
    ]

    // MARK: No event

    static let negatives: [EventCorpusCase] = [
        .init("The weather in Tehran was cold on Monday."),
        .init("Oil prices rose on Tuesday."),
        .init("The museum in Istanbul reopened after repairs."),
        .init("The report covers trade between 2010 and 2020."),
        .init("Iran is a country in western Asia."),
        .init("The population of Turkey grew by one percent last year."),
        .init("The conference hall in Baku has two thousand seats."),
        .init("The agreement is forty pages long."),
        .init("Turkish tea is popular in Azerbaijan."),
        .init("The history of NATO is the subject of a new book."),
        .init("France has a long coastline."),
        .init("Analysts in London expect growth in India."),
        .init("The Egyptian pyramids attract millions of visitors."),
        .init("Russian is spoken in Kazakhstan."),
        .init("The price of Iranian pistachios fell in 2023."),
        // A number after "Resolution" names the resolution, not a year.
        .init("The Security Council adopted Resolution 1718 on North Korea."),
    ]

    // MARK: Held out

    /// Harder sentences (capitals for countries, idioms, embedded clauses), written after the
    /// rules were tuned and not tuned on: their scores estimate how the extractor does on
    /// text it was not fitted to. Scored apart from ``cases``.
    static let heldOut: [EventCorpusCase] = [
        // Attribution is no event (rule changed after this set was written: it expected 010 here).
        .init("Speaking to reporters after the cabinet meeting, the Azerbaijani foreign minister said Baku was ready to resume talks with Yerevan."),
        .init("Tehran and Riyadh agreed on Friday to reopen their embassies within two months.", "054 IRN>SAU @2024-03-08"),
        .init("Hungary's prime minister met Chinese President Xi Jinping in Beijing on Monday.", "040 HUN>CHN @2024-03-11"),
        .init("The talks, hosted by Qatar, ended without a deal.", "043 QAT"),
        .init("Washington slapped new sanctions on three Iranian firms on Tuesday.", "163 USA>IRN @2024-03-12"),
        .init("Israeli jets struck targets near Damascus overnight, Syrian state media reported.", "195 ISR>SYR"),
        .init("The Kremlin dismissed the accusations as groundless.", "120 RUS"),
        .init("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook hands at the summit in Prague.", "040 ARM>AZE"),
        .init("The UN nuclear watchdog said Iran had further expanded its stockpile of enriched uranium."),
        .init("Turkey will not block the bid of Sweden to join NATO, the Turkish president told reporters on Wednesday."),
        .init("Pakistan recalled its ambassador from Iran after the missile strikes.", "161 PAK>IRN"),
        .init("Brussels and London signed a deal on fishing rights on Thursday.", "057 EU>GBR @2024-03-07"),
        .init("Moscow warned Kyiv against striking targets inside Russia.", "130 RUS>UKR @2024-03-13"),
        .init("Saudi-led coalition jets bombed rebel positions in Yemen.", "195 SAU>YEM @2024-03-13"),
        .init("The Japanese foreign minister held a phone call with her South Korean counterpart on Monday.", "041 JPN>KOR @2024-03-11"),
        .init("Despite the pressure, Georgia has refused to join the sanctions against Russia.", "120 GEO>RUS"),
        .init("Thousands rallied outside the French embassy in Tehran to protest the cartoons.", "141 IRN>FRA"),
        .init("India and Pakistan exchanged fire along the Line of Control on Sunday.", "190 IND>PAK @2024-03-10"),
        .init("The European Commission proposed a new aid package for Ukraine worth 50 billion euros.", "033 EC>UKR"),
        .init("Egyptian mediators shuttled between Israeli and Palestinian negotiators in Cairo.", "045 EGY>ISR,PSE"),
        .init("No agreement was reached at the talks in Geneva."),
        .init("The Syrian government regained control of Aleppo in 2016.", "190 SYR @2016"),
        .init("The Ukrainian president thanked Britain for its military support.", "051 UKR>GBR"),
        .init("Baku accused Yerevan of shelling its positions on Monday.", "112 AZE>ARM @2024-03-11"),
        .init("Iran and Oman signed a memorandum of understanding on energy on Thursday.", "057 IRN>OMN @2024-03-07"),
    ]
}
