<#
.SYNOPSIS
  Builds the Windows installers of Liaison Desk (外联工作台): an MSI and an EXE over a jlink-trimmed
  runtime, with Start-menu and desktop shortcuts, a per-user install (no administrator needed),
  the licence shown, and a fixed upgrade code so a newer version replaces an older one in place.

.DESCRIPTION
  Run from any folder, in PowerShell, on Windows 10 or 11:

      powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1            # Chinese installer UI
      powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 -Language en

  Needs: a JDK 17 (or later) with jpackage and jmods (e.g. Eclipse Temurin 17 JDK), JAVA_HOME set to
  it; and WiX Toolset 3.14 (candle.exe and light.exe on PATH). JDK 17's jpackage drives WiX 3 only;
  WiX 4 and 5 are understood by jpackage from JDK 24 on. The Maven build runs through mvnw.cmd, so
  Maven itself need not be installed. Results go to target\installer\.
#>
param(
    [ValidateSet('zh', 'en')] [string] $Language = 'zh',
    [switch] $SkipBuild
)
$ErrorActionPreference = 'Stop'
$Root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
Set-Location $Root

# Never change this: Windows Installer recognises earlier versions of the program by it.
$UpgradeUuid = '9dd84443-3bbd-4ba0-8041-75fcfaa27880'
$Name = 'LiaisonDesk'

if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 17 or later (with jpackage and jmods).' }
$Jlink = Join-Path $env:JAVA_HOME 'bin\jlink.exe'
$Jpackage = Join-Path $env:JAVA_HOME 'bin\jpackage.exe'
foreach ($tool in @($Jlink, $Jpackage)) { if (-not (Test-Path $tool)) { throw "$tool not found: JAVA_HOME must point to a JDK, not a JRE." } }
if (-not (Test-Path (Join-Path $env:JAVA_HOME 'jmods'))) { throw "$env:JAVA_HOME\jmods is missing: install a full JDK." }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -or -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3.14 is needed (candle.exe and light.exe on PATH): https://wixtoolset.org/docs/wix3/'
}

if (-not $SkipBuild) { & .\mvnw.cmd -q package -DskipTests; if ($LASTEXITCODE -ne 0) { throw 'Maven build failed.' } }
$Version = ([xml](Get-Content pom.xml)).project.version -replace '-.*', ''

$Out = Join-Path $Root 'target\installer'
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
$InputDir = Join-Path $Out 'input'
New-Item -ItemType Directory -Force (Join-Path $InputDir 'lib') | Out-Null
Copy-Item target\liaison-desk.jar $InputDir
# On Windows the Maven build copies JavaFX's win jars (they carry the native libraries).
Copy-Item target\lib\*.jar (Join-Path $InputDir 'lib')

# Same module list as the Linux build: JavaFX, PDFBox and fonts need java.desktop; Chinese dates,
# collation and GBK/GB18030 CSV files need jdk.localedata and jdk.charsets.
$Modules = 'java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs'
& $Jlink --add-modules $Modules --include-locales=en,zh --strip-debug --no-header-files --no-man-pages `
    --compress=2 --output (Join-Path $Out 'runtime')
if ($LASTEXITCODE -ne 0) { throw 'jlink failed.' }

$Common = @(
    '--name', $Name, '--app-version', $Version,
    '--vendor', 'External Liaison Department, Yunnan Women''s Federation',
    '--description', '外联工作台 Liaison Desk',
    '--copyright', 'Liaison Desk contributors, MIT licence',
    '--icon', 'installer\icon\liaison-desk.ico',
    '--dest', $Out
)
& $Jpackage --type app-image @Common --input $InputDir --main-jar liaison-desk.jar --main-class org.liaisondesk.Main `
    --runtime-image (Join-Path $Out 'runtime')
if ($LASTEXITCODE -ne 0) { throw 'jpackage (app-image) failed.' }

# No class-data archive here: a per-user install lands in %LOCALAPPDATA%, and an archive made for
# this build folder would not match there (Java 17 ties it to the class path's absolute location).
$Image = Join-Path $Out $Name

$Culture = if ($Language -eq 'zh') { @('-J-Duser.language=zh', '-J-Duser.country=CN') } else { @('-J-Duser.language=en', '-J-Duser.country=US') }
foreach ($type in @('msi', 'exe')) {
    & $Jpackage @Culture --type $type @Common --app-image $Image `
        --win-upgrade-uuid $UpgradeUuid --win-per-user-install --win-dir-chooser `
        --win-menu --win-menu-group '外联工作台 Liaison Desk' --win-shortcut --win-shortcut-prompt `
        --license-file LICENSE
    if ($LASTEXITCODE -ne 0) { throw "jpackage ($type) failed." }
}
Get-ChildItem (Join-Path $Out '*') -Include *.msi, *.exe | ForEach-Object { '{0}  {1:N1} MB' -f $_.Name, ($_.Length / 1MB) }
