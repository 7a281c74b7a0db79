#!/usr/bin/env pwsh

<#
.SYNOPSIS
    Restores, builds, tests, packs and publishes ReportGen (PowerShell 7, on Windows, Linux or macOS).

.DESCRIPTION
    Each target runs the ones it needs first: test builds, pack builds. The .NET tool packages are written to
    artifacts/packages/, the downloads to artifacts/publish/ and the test results to artifacts/test-results/
    (all ignored by git).

    The tool package is the .NET 10 runtime-specific kind: a top-level ReportGen package, ReportGen.any
    (framework-dependent, for any platform with .NET 10) and one Native AOT package per runtime built. Native
    AOT does not cross-compile between operating systems, so each machine adds its own: linux-x64 on Linux,
    win-x64 on Windows (-NativeRuntime overrides it).

    publish writes the downloads for people without .NET: reportgen-VERSION-linux-x64.zip (Native AOT, built
    on Linux only) and reportgen-VERSION-win-x64.zip (Native AOT when run on Windows; elsewhere self-contained,
    single-file and ReadyToRun), each with the README, samples/ and the schema, plus SHA256SUMS. Debug symbols
    stay beside them in artifacts/publish/symbols/.

.EXAMPLE
    ./build.ps1                     # restore, build, test, pack
.EXAMPLE
    ./build.ps1 test                # restore, build, test
.EXAMPLE
    ./build.ps1 pack -Version 1.2.0 # ReportGen.1.2.0.nupkg, ReportGen.any.1.2.0.nupkg, ReportGen.<rid>.1.2.0.nupkg
.EXAMPLE
    ./build.ps1 publish             # artifacts/publish/: the zips and SHA256SUMS
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('all', 'restore', 'build', 'test', 'pack', 'publish')]
    [string[]] $Target = @('all'),

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',

    # Overrides the version of Directory.Build.props (e.g. 1.2.0 or 1.2.0-rc.1).
    [string] $Version,

    # The runtime whose Native AOT tool package this machine builds (default: this machine's, e.g. linux-x64).
    [string] $NativeRuntime
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'ReportGen.sln'
$cli = Join-Path $root 'src' 'ReportGen.Cli' 'ReportGen.Cli.csproj'
$artifacts = Join-Path $root 'artifacts'
$packages = Join-Path $artifacts 'packages'
$publish = Join-Path $artifacts 'publish'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

$properties = @()
if ($Version) {
    $properties += "-p:Version=$Version"
}

# Native AOT compiles for the operating system it runs on: this machine's runtime identifier.
$osName = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
$arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
if (-not $NativeRuntime) {
    $NativeRuntime = "$osName-$arch"
}
# The top-level package names exactly the runtime packages built here, and `any` for every other platform.
$toolRuntimes = "-p:ToolPackageRuntimeIdentifiers=$NativeRuntime%3Bany"

function Invoke-Dotnet([string[]] $Arguments) {
    Write-Host "> dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed (exit code $LASTEXITCODE)"
    }
}

$steps = [ordered]@{
    restore = { Invoke-Dotnet @('restore', $solution) }
    build   = { Invoke-Dotnet (@('build', $solution, '-c', $Configuration, '--no-restore') + $properties) }
    test    = { Invoke-Dotnet @('test', $solution, '-c', $Configuration, '--no-build',
                    '--results-directory', (Join-Path $artifacts 'test-results'), '--logger', 'trx') }
    pack    = {
        # One package at a time (the SDK does not make the inner packages of a Native AOT tool itself): the
        # top level, ReportGen.any (framework-dependent), then this machine's native package.
        foreach ($rid in @($null, 'any', $NativeRuntime)) {
            $runtime = if ($rid) { @('-r', $rid) } else { @() }
            Invoke-Dotnet (@('pack', $cli, '-c', $Configuration, '-o', $packages, $toolRuntimes) + $runtime + $properties)
        }
    }
    publish = { Publish-Downloads }
}

function Get-PackageVersion {
    if ($Version) { return $Version }
    return (& dotnet msbuild $cli -getProperty:Version).Trim()
}

# The downloads: one folder per runtime under artifacts/publish/, zipped with the README, the samples and the
# schema, and SHA256SUMS of the zips.
function Publish-Downloads {
    $packageVersion = Get-PackageVersion
    if (Test-Path $publish) { Remove-Item $publish -Recurse -Force }
    $symbols = Join-Path $publish 'symbols'
    New-Item -ItemType Directory -Force $symbols | Out-Null

    $builds = [ordered]@{}
    if ($IsLinux) {
        $builds['linux-x64'] = @('-r', 'linux-x64')
    }
    if ($IsWindows) {
        $builds['win-x64'] = @('-r', 'win-x64')
    } else {
        # Not Native AOT (that needs Windows), but still no .NET needed: the runtime inside one precompiled
        # file, trimmed to what the tool uses (the trim analysis runs on every build).
        $builds['win-x64'] = @('-r', 'win-x64', '-p:PublishAot=false', '--self-contained', '-p:PublishSingleFile=true',
            '-p:PublishReadyToRun=true', '-p:PublishTrimmed=true', '-p:IncludeNativeLibrariesForSelfExtract=true')
    }

    foreach ($rid in $builds.Keys) {
        $output = Join-Path $publish $rid
        Invoke-Dotnet (@('publish', $cli, '-c', 'Release', '-o', $output) + $builds[$rid] + $properties)
        Get-ChildItem $output -File | Where-Object { $_.Extension -in '.dbg', '.pdb' } |
            Move-Item -Destination $symbols -Force
        Copy-Item (Join-Path $root 'README.md') $output
        Copy-Item (Join-Path $root 'samples') $output -Recurse
        Copy-Item (Join-Path $root 'schema' 'reportgen-input.schema.json') $output
        $zip = Join-Path $publish "reportgen-$packageVersion-$rid.zip"
        Compress-Download $output $zip
        Write-Host "download: $zip" -ForegroundColor Green
    }

    $sums = Get-ChildItem $publish -Filter '*.zip' | Sort-Object Name | ForEach-Object {
        "$((Get-FileHash $_.FullName -Algorithm SHA256).Hash.ToLowerInvariant())  $($_.Name)"
    }
    [System.IO.File]::WriteAllText((Join-Path $publish 'SHA256SUMS'), (($sums -join "`n") + "`n"))
}

# Zips a folder with its files at the root of the archive; on Linux and macOS the entries keep their Unix mode,
# so the unzipped reportgen is executable.
function Compress-Download([string] $Folder, [string] $Zip) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    [System.IO.Compression.ZipFile]::CreateFromDirectory($Folder, $Zip,
        [System.IO.Compression.CompressionLevel]::Optimal, $false)
}

# What each target needs, in the order the steps run.
$needs = @{
    all     = @('restore', 'build', 'test', 'pack')
    restore = @('restore')
    build   = @('restore', 'build')
    test    = @('restore', 'build', 'test')
    pack    = @('restore', 'build', 'pack')
    publish = @('publish')
}
$wanted = $Target | ForEach-Object { $needs[$_] }

foreach ($step in $steps.Keys) {
    if ($wanted -contains $step) {
        Write-Host "== $step" -ForegroundColor Green
        & $steps[$step]
    }
}

if ($wanted -contains 'pack') {
    $packageVersion = Get-PackageVersion
    Get-ChildItem $packages -Filter "ReportGen*.$packageVersion.nupkg" | Sort-Object Name |
        ForEach-Object { Write-Host "package: $($_.FullName)" -ForegroundColor Green }
}
