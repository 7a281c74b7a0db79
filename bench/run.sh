#!/usr/bin/env bash
# Runs the benchmarks described in bench/README.md and prints their numbers. Not part of CI.
#   bench/run.sh            all of them, with 1,000 generated agencies
#   N=200 bench/run.sh      a smaller batch
#   N_LARGE=5000 bench/run.sh   also the native build of 5,000 agencies
#   SKIP_PUBLISH=1 …        reuse the binaries in bench/out/;  NATIVE_ONLY=1 …  stop after the native series
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

if [ -z "${SKIP_PUBLISH:-}" ]; then
  echo "== publishing: the JIT build (Release, linux-x64, ReadyToRun) and the native one (Native AOT)"
  # A clean Release build: an earlier composite or self-contained publish leaves objects that do not mix.
  rm -rf src/ReportGen.Cli/obj/Release src/ReportGen.Core/obj/Release
  dotnet publish src/ReportGen.Cli -c Release -p:PublishProfile=linux-x64 -o $out/reportgen -v quiet -nologo >/dev/null
  dotnet publish src/ReportGen.Cli -c Release -r linux-x64 -o $out/native -v quiet -nologo >/dev/null
  dotnet publish bench/ReportGen.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:PublishAot=false -o $out/bench -v quiet -nologo >/dev/null
fi
reportgen=$out/reportgen/reportgen
native=$out/native/reportgen
bench=$out/bench/ReportGen.Bench

if [ ! -d "$data" ]; then
  $bench generate "$N" "$data"
fi

# The product is the native binary (issue 13); the JIT build and pandoc run beside it, in the same series,
# so that the machine's load is the same for all three.
echo
echo "== native binary: $(stat -c %s $native) bytes, symbols $(stat -c %s $out/native/reportgen.dbg 2>/dev/null || echo '?') bytes apart"
if command -v hyperfine >/dev/null 2>&1 && command -v pandoc >/dev/null 2>&1; then
  echo
  echo "== one build of the sample: native, JIT, and pandoc (bench/pandoc-sample.md → .docx) $(load)"
  rm -rf $out/single-native $out/single-jit
  hyperfine -N --warmup 3 --runs "$RUNS" \
    -n native "$native build samples/2023.yaml -o $out/single-native" \
    -n jit "$reportgen build samples/2023.yaml -o $out/single-jit" \
    -n pandoc "pandoc bench/pandoc-sample.md -o $out/pandoc.docx"
  cmp $out/single-native/2023.docx $out/single-jit/2023.docx && echo "same bytes: native and JIT .docx"
  echo
  echo "== one validate of the sample: native, JIT $(load)"
  hyperfine -N --warmup 3 --runs "$RUNS" \
    -n native "$native validate samples/2023.yaml" \
    -n jit "$reportgen validate samples/2023.yaml"
else
  echo "(hyperfine and pandoc are needed for the side-by-side series: apt-get install hyperfine pandoc)"
fi
echo
echo "== 'reportgen build' of $N agencies, native and JIT alternating $(load)"
for _ in $(seq "$REPEAT"); do
  for which in native jit; do
    binary=$native; [ $which = jit ] && binary=$reportgen
    rm -rf $out/reports-$which
    printf '%-6s ' $which
    timed $binary build "$data" -o $out/reports-$which 2>&1 >/dev/null | grep -v '^已生成' | tail -1 || true
  done
  echo "$(load)"
done
diff -r $out/reports-native $out/reports-jit >/dev/null && echo "same bytes: native and JIT, $N reports"
echo
echo "== 'reportgen validate' of $N agencies, native $(load)"
for _ in $(seq "$REPEAT"); do
  timed $native validate "$data" 2>&1 >/dev/null | tail -1 || true
done
if [ -n "${N_LARGE:-}" ]; then
  large=bench/data/agencies-$N_LARGE
  [ -d "$large" ] || $bench generate "$N_LARGE" "$large"
  echo
  echo "== 'reportgen build' of $N_LARGE agencies, native $(load)"
  for _ in $(seq "$REPEAT"); do
    rm -rf $out/reports-large
    timed $native build "$large" -o $out/reports-large 2>&1 >/dev/null | tail -1 || true
  done
fi
if [ -n "${NATIVE_ONLY:-}" ]; then
  exit 0
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

echo
echo "== (e) import: the $N reports of (b) as published .docx, into YAML $(load)"
if [ ! -d $out/reports ]; then
  $reportgen build "$data" -o $out/reports >/dev/null 2>&1
fi
for i in $(seq "$REPEAT"); do
  rm -rf $out/imported
  timed $reportgen import $out/reports -o $out/imported 2>&1 | tail -2
done

echo
echo "== (f) importing 1,000 published PDFs (PdfDocumentReader in-process) $(load)"
# 40 distinct reports through the builder and LibreOffice (5–6 pages each), copied to 1,000 files: LibreOffice
# needs about a second per document, and each copy is still opened and parsed from scratch.
pdfs=bench/data/pdf-1000
if [ ! -d "$pdfs" ] && command -v soffice >/dev/null; then
  src=bench/data/pdf-src
  $bench generate 40 $src/yaml
  $reportgen build $src/yaml -o $src/docx >/dev/null 2>&1
  (cd $src/docx && soffice -env:UserInstallation=file://$(mktemp -d) --headless --convert-to pdf --outdir ../pdf ./*.docx >/dev/null 2>&1)
  mkdir -p $pdfs
  for i in $(seq 0 999); do cp "$src/pdf/$(printf %04d $((i % 40))).pdf" "$pdfs/$(printf %04d "$i").pdf"; done
fi
if [ -d "$pdfs" ]; then
  for _ in $(seq "$REPEAT"); do
    timed $bench import $pdfs
    DOTNET_GCgen0size=0x4000000 timed $bench import $pdfs
    echo "$(load)"
  done
  timed $bench pdfpig $pdfs
fi
