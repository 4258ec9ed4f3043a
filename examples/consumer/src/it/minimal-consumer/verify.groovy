// The consumer built against the installed artifacts; now run it and check the README's banding case.
def classpath = new File(basedir, 'target/classes').path + File.pathSeparator + new File(basedir, 'classpath.txt').text.trim()
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-cp', classpath, 'com.example.deadlines.Main').directory(basedir).start()
def out = new StringBuilder(), err = new StringBuilder()
process.consumeProcessOutput(out, err)
assert process.waitFor() == 0 : "Main failed: ${err}"
// TERGUGAT notified Monday 17 March 2025: day 14 is Monday 31 March (Idul Fitri); 31 March to 7 April are holidays,
// collective leave and a weekend, so the window closes on Tuesday 8 April 2025. PENGGUGAT, present at the
// pronouncement on Monday 10 March, had until Monday 24 March, and appealed on 20 March.
assert out.toString().readLines() == [
        'fluent perdata.banding TERGUGAT 2025-04-08 OPEN',
        'case perdata.banding PENGGUGAT 2025-03-24 MET',
        'case perdata.banding TERGUGAT 2025-04-08 OPEN'] : "unexpected output: ${out}"
// Embedding the library prints nothing on its own to standard error.
assert err.toString().isEmpty() : "standard error: ${err}"

// The consumer's pom is the README's complete minimal pom.xml, word for word.
def readme = new File(readmePath).text
def pom = new File(basedir, 'pom.xml').text
assert readme.contains('```xml\n' + pom + '```') : 'README.md does not show src/it/minimal-consumer/pom.xml as its minimal pom.xml'
return true
