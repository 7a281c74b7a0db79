#!/usr/bin/env bash
# Runs the benchmarks described in bench/README.md and prints their numbers. Not part of CI.
#   bench/run.sh            all of them, with 1,000 generated agencies
#   N=200 bench/run.sh      a smaller batch
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

N=${N:-1000}
RUNS=${RUNS:-20}
REPEAT=${REPEAT:-3}
out=bench/out
data=bench/data/agencies-$N

# The machine may be shared: say how busy it was, and repeat.
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
timed() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KiB" "$@"
  else
    time "$@"
  fi
}

echo "== publishing (Release, linux-x64, ReadyToRun)"
# A clean Release build: an earlier composite or self-contained publish leaves objects that do not mix.
rm -rf src/ReportGen.Cli/obj/Release src/ReportGen.Core/obj/Release
dotnet publish src/ReportGen.Cli -c Release -p:PublishProfile=linux-x64 -o $out/reportgen -v quiet -nologo >/dev/null
dotnet publish bench/ReportGen.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o $out/bench -v quiet -nologo >/dev/null
reportgen=$out/reportgen/reportgen
bench=$out/bench/ReportGen.Bench

if [ ! -d "$data" ]; then
  $bench generate "$N" "$data"
fi

echo
echo "== (a) in-process: read + validate + render one report (warm) $(load)"
$bench inprocess samples/2023.yaml --iterations 300 --warmup 100
echo
echo "== (a') first call of each phase in a fresh process (start-up cost)"
$bench firstcall samples/2023.yaml
echo
echo "== the build engine in-process on $N agencies (processor time by thread) $(load)"
rm -rf $out/engine
$bench batch "$data" $out/engine

echo
echo "== one 'reportgen build' of the sample, process start included $(load)"
rm -rf $out/single
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 3 --runs "$RUNS" "$reportgen build samples/2023.yaml -o $out/single"
else
  total=0
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N); $reportgen build samples/2023.yaml -o $out/single 2>/dev/null; end=$(date +%s%N)
    total=$((total + end - start))
  done
  echo "mean $((total / RUNS / 1000000)) ms over $RUNS runs"
fi


echo
echo "== (b) 'reportgen build' of $N agencies, end to end $(load)"
for _ in $(seq "$REPEAT"); do
  rm -rf $out/reports
  timed $reportgen build "$data" -o $out/reports 2>&1 >/dev/null | grep -v '^已生成' || true
  echo "reports written: $(find $out/reports -name '*.docx' | wc -l) $(load)"
done

echo
echo "== (e) 'reportgen build --to html' of $N agencies (web pages with their charts) $(load)"
for _ in $(seq "$REPEAT"); do
  rm -rf $out/pages
  timed $reportgen build "$data" -o $out/pages --to html 2>&1 >/dev/null | grep -v '^已生成' || true
  echo "pages written: $(find $out/pages -name '*.html' | wc -l) $(load)"
done

echo
echo "== (f) 'reportgen build --to pdf' of ${PDF_N:=20} agencies (LibreOffice, per-report cost) $(load)"
if command -v soffice >/dev/null; then
  mkdir -p $out/pdf-in && find "$data" -name '*.yaml' | sort | head -n "$PDF_N" | while read -r f; do cp "$f" "$out/pdf-in/$(basename "$(dirname "$f")")-$(basename "$f")"; done
  rm -rf $out/pdfs
  timed $reportgen build $out/pdf-in -o $out/pdfs --to pdf 2>&1 >/dev/null | grep -v '^已生成' || true
  echo "PDFs written: $(find $out/pdfs -name '*.pdf' | wc -l) $(load)"
else
  echo "soffice not installed: skipped"
fi

echo
echo "== (c) 'reportgen validate' of the same $N agencies $(load)"
for _ in $(seq "$REPEAT"); do
  timed $reportgen validate "$data" 2>&1 >/dev/null | tail -2 || true
done

echo
echo "== (d) 'reportgen summarize' of the same $N agencies, .xlsx and .csv $(load)"
for format in xlsx csv; do
  for _ in $(seq "$REPEAT"); do
    rm -f "$out/summary.$format"
    timed $reportgen summarize "$data" -o "$out/summary.$format" 2>&1 >/dev/null | tail -1 || true
  done
done
