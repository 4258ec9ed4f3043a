# Prints n civil cases as JSON Lines (banding, notified to TERGUGAT on 17 March 2025 at PN Jepara): awk -v n=1000 -f
BEGIN {
  for (i = 0; i < n; i++) {
    printf "{\"caseNumber\":\"%d/Pdt.G/2025/PN Jpa\",\"caseType\":\"PERDATA\",\"court\":\"PN Jepara\",", i
    printf "\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-03-17\",\"party\":\"TERGUGAT\"}]}\n"
  }
}
