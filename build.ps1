#!/usr/bin/env pwsh

<#
.SYNOPSIS
    Restores, builds, tests and packs ReportGen (PowerShell 7, on Windows, Linux or macOS).

.DESCRIPTION
    Each target runs the ones it needs first: test builds, pack builds. The .NET tool package is written to
    artifacts/packages/ and the test results to artifacts/test-results/ (both ignored by git).

.EXAMPLE
    ./build.ps1                     # restore, build, test, pack
.EXAMPLE
    ./build.ps1 test                # restore, build, test
.EXAMPLE
    ./build.ps1 pack -Version 1.2.0 # restore, build, pack ReportGen.1.2.0.nupkg
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('all', 'restore', 'build', 'test', 'pack')]
    [string[]] $Target = @('all'),

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',

    # Overrides the version of Directory.Build.props (e.g. 1.2.0 or 1.2.0-rc.1).
    [string] $Version
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'ReportGen.sln'
$cli = Join-Path $root 'src' 'ReportGen.Cli' 'ReportGen.Cli.csproj'
$artifacts = Join-Path $root 'artifacts'
$packages = Join-Path $artifacts 'packages'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

$properties = @()
if ($Version) {
    $properties += "-p:Version=$Version"
}

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
    pack    = { Invoke-Dotnet (@('pack', $cli, '-c', $Configuration, '--no-build', '-o', $packages) + $properties) }
}

# What each target needs, in the order the steps run.
$needs = @{
    all     = @('restore', 'build', 'test', 'pack')
    restore = @('restore')
    build   = @('restore', 'build')
    test    = @('restore', 'build', 'test')
    pack    = @('restore', 'build', 'pack')
}
$wanted = $Target | ForEach-Object { $needs[$_] }

foreach ($step in $steps.Keys) {
    if ($wanted -contains $step) {
        Write-Host "== $step" -ForegroundColor Green
        & $steps[$step]
    }
}

if ($wanted -contains 'pack') {
    Get-ChildItem $packages -Filter 'ReportGen.*.nupkg' | Sort-Object LastWriteTime | Select-Object -Last 1 |
        ForEach-Object { Write-Host "package: $($_.FullName)" -ForegroundColor Green }
}
