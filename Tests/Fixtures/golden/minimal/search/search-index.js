/* Search index of this briefing, written by briefing for search/index.html. Do not edit. */
window.BRIEFING_SEARCH_INDEX = {"version":1,
"kinds":[{"name":"Article","prefix":"articles/","suffix":"/index.html"},{"name":"Alliance","prefix":"alliances/","suffix":"/index.html"},{"name":"Country","prefix":"countries/","suffix":"/index.html"},{"name":"Source","prefix":"sources/index.html#","suffix":""}],
"docs":[
[0,"second-look","A second look: Côte d'Ivoire \u0026 Norway","1 March 2025","The league's history."],
[0,"first-look","A first look at the Test Pact","15 January 2025","How the [Test Pact] works."],
[1,"old-league","Old League","Multilateral · 1 May 1980–2001","Members: Côte d'Ivoire, Norway, Pakistan. A fictional historical league with \u003cem\u003emarkup\u003c/em\u003e in its summary \u0026 an ampersand."],
[1,"test-pact","Test Pact","TP · Bilateral · since October 2009","Members: Pakistan, Türkiye. A fictional bilateral pact used by the tests."],
[2,"ci","Côte d'Ivoire","Africa","Member of Old League."],
[2,"no","Norway","Europe","Member of Old League."],
[2,"pk","Pakistan","Asia","Member of Old League, TP."],
[2,"tr","Türkiye","Europe","Member of TP."],
[3,"alliance-old-league.1","Archive","","Alliances: Old League."],
[3,"alliance-test-pact.1","Fixture source","","Alliances: TP."]],
"words":["alliances","also","and","back","background","both","code","cote","details","economic","emphasis","first","impact","included","its","ivoire","later","league","links","map","members","norway","of","old","over","pact","pakistan","piece","see","some","test","the","time","timeline","to","turkiye","type","was"],
"postings":["0","1","00","0","1","0","1","0","1","0","1","0","0","0","0","0","1","00","1","1","1","0","1","0","0","00","1","1","1","1","00","00","0","0","0","1","0","0"]};
