; Inno Setup script for the Windows installer of the one-folder PyInstaller bundle.
; Build steps: see installer/README.md. Compile with:  iscc installer\windows\workstation.iss
#define AppName "Media Monitoring Workstation"
#define AppVersion GetEnv("WORKSTATION_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C2F0E-4B1B-4C7E-9E64-7C3E0A6F2D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Media Monitoring Workstation developers
DefaultDirName={autopf}\MediaMonitoringWorkstation
DefaultGroupName={#AppName}
OutputDir=..\..\build
OutputBaseFilename=MediaMonitoringWorkstation-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\workstation.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user install needs no administrator rights: analysts' laptops are often locked down.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "portable"; Description: "Portable mode: keep the workspace next to the program (USB stick)"; Flags: unchecked

[Files]
Source: "..\..\build\dist\MediaMonitoringWorkstation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\MediaMonitoringWorkstation.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\MediaMonitoringWorkstation.exe"; Tasks: desktopicon

[Run]
Filename: "{cmd}"; Parameters: "/c type nul > ""{app}\portable.flag"""; Tasks: portable; Flags: runhidden
Filename: "{app}\MediaMonitoringWorkstation.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
