# Prints n varied cases as JSON Lines, the same mix as the JMH benchmarks' SampleCases: civil and criminal judgments
# pronounced between 2 January and 28 November 2025 at one of four courts (three time zones), a civil judgment
# notified to TERGUGAT 1-10 days later, one case in five with a banding already filed. Answer them as of 2025-12-31.
# The same n and seed give the same cases: awk -v n=1000 [-v seed=42] -f benchmarks/jsonl-cases.awk
function date(offset,    m) {
  offset += 1 # 2 January 2025 is day 1 of the year counted from 0
  for (m = 1; offset >= days[m]; m++) offset -= days[m]
  return sprintf("2025-%02d-%02d", m, offset + 1)
}
BEGIN {
  split("31 28 31 30 31 30 31 31 30 31 30 31", days, " ")
  split("PN Jepara|PN Garut|PN Denpasar|PN Jayapura", courts, "|")
  srand(seed == "" ? 42 : seed)
  for (i = 0; i < n; i++) {
    p = int(rand() * 330)
    court = courts[1 + int(rand() * 4)]
    if (rand() < 0.5) {
      printf "{\"caseNumber\":\"%d/Pdt.G/2025/%s\",\"caseType\":\"PERDATA\",\"court\":\"%s\",\"events\":[", i, court, court
      printf "{\"type\":\"PUTUSAN_DIUCAPKAN\",\"date\":\"%s\",\"partiesPresent\":[\"PENGGUGAT\"]}", date(p)
      printf ",{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"%s\",\"party\":\"TERGUGAT\"}", date(p + 1 + int(rand() * 10))
      if (rand() < 0.2) printf ",{\"type\":\"PERMOHONAN_BANDING\",\"date\":\"%s\",\"party\":\"PENGGUGAT\"}", date(p + 5)
    } else {
      printf "{\"caseNumber\":\"%d/Pid.B/2025/%s\",\"caseType\":\"PIDANA\",\"court\":\"%s\",\"events\":[", i, court, court
      printf "{\"type\":\"PUTUSAN_DIUCAPKAN\",\"date\":\"%s\",\"partiesPresent\":[\"TERDAKWA\",\"PENUNTUT_UMUM\"]}", date(p)
      if (rand() < 0.2) printf ",{\"type\":\"PERMOHONAN_BANDING\",\"date\":\"%s\",\"party\":\"PENUNTUT_UMUM\"}", date(p + 3)
    }
    printf "]}\n"
  }
}
