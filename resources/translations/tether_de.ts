<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArticleError</name>
    <message>
        <source>Cannot open “{file}”: {reason}</source>
        <translation>„{file}“ kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>the articles folder has no free name for it.</source>
        <translation>im Artikelordner ist kein freier Name dafür mehr.</translation>
    </message>
    <message>
        <source>somewhere else</source>
        <translation>einen anderen Ort</translation>
    </message>
    <message>
        <source>it was not copied, because the articles folder {folder} is a symbolic link to {target}, and Tether never writes through links inside its data folder. Replace the link with a real folder (for example, move the folder it points to into its place) and add the article again.</source>
        <translation>Er wurde nicht kopiert, denn der Artikelordner {folder} ist eine symbolische Verknüpfung auf {target}, und Tether schreibt in seinem Datenordner nie durch Verknüpfungen. Ersetzen Sie die Verknüpfung durch einen echten Ordner (verschieben Sie zum Beispiel den Ordner, auf den sie zeigt, an ihre Stelle) und fügen Sie den Artikel erneut hinzu.</translation>
    </message>
    <message>
        <source>it could not be copied ({reason}).</source>
        <translation>er konnte nicht kopiert werden ({reason}).</translation>
    </message>
    <message>
        <source>its lists or quotes are nested too deeply to show.</source>
        <translation>seine Listen oder Zitate sind zu tief verschachtelt, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>it needs more memory to lay out than there is.</source>
        <translation>für seine Darstellung wird mehr Speicher gebraucht, als vorhanden ist.</translation>
    </message>
    <message>
        <source>laying it out took longer than {seconds} seconds, so Tether stopped; its Markdown may be built to slow programs down.</source>
        <translation>die Darstellung dauerte länger als {seconds} Sekunden, daher hat Tether abgebrochen; sein Markdown ist womöglich darauf angelegt, Programme auszubremsen.</translation>
    </message>
    <message>
        <source>it has {lines} lines; Tether opens articles of up to {limit}.</source>
        <translation>er hat {lines} Zeilen; Tether öffnet Artikel mit bis zu {limit}.</translation>
    </message>
    <message>
        <source>it has about {blocks} paragraphs, list items and headings; Tether opens articles of up to {limit}.</source>
        <translation>er hat etwa {blocks} Absätze, Listenpunkte und Überschriften; Tether öffnet Artikel mit bis zu {limit}.</translation>
    </message>
    <message>
        <source>the file has no text to read.</source>
        <translation>die Datei enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <source>the file is {size} MB; the limit is {limit} MB for an article.</source>
        <translation>die Datei ist {size} MB groß; für einen Artikel sind höchstens {limit} MB möglich.</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe or a device, say), so it is not read.</source>
        <translation>sie ist keine gewöhnliche Datei (sondern etwa eine Pipe oder ein Gerät) und wird daher nicht gelesen.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation>Sie haben keine Berechtigung, sie zu lesen.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>sie konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>it is a binary file, not Markdown text.</source>
        <translation>das ist eine Binärdatei, kein Markdown-Text.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {byte} cannot be decoded).</source>
        <translation>das ist kein UTF-8-Text (Byte {byte} lässt sich nicht dekodieren).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>angegebener Wert %r wird ignoriert</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>„%(filename)s“ kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message>
        <source>Read a reflective article, tick the signs you recognise, and write reflections that stay on this computer.</source>
        <translation>Einen Artikel zum Nachdenken lesen, die Anzeichen abhaken, die Sie wiedererkennen, und Reflexionen schreiben, die auf diesem Computer bleiben.</translation>
    </message>
    <message>
        <source>a Markdown article (default: the last one read)</source>
        <translation>ein Markdown-Artikel (Standard: der zuletzt gelesene)</translation>
    </message>
    <message>
        <source>keep all of Tether&apos;s data and settings in this folder (also: the TETHER_DATA_DIR environment variable)</source>
        <translation>alle Daten und Einstellungen von Tether in diesem Ordner ablegen (auch über die Umgebungsvariable TETHER_DATA_DIR)</translation>
    </message>
    <message>
        <source>open at the section with this id</source>
        <translation>beim Abschnitt mit dieser Kennung öffnen</translation>
    </message>
    <message>
        <source>open the window, print startup_ms=N once the article is painted and complete_ms=N once the rest of the window is, and exit</source>
        <translation>das Fenster öffnen, startup_ms=N ausgeben, sobald der Artikel gezeichnet ist, und complete_ms=N, sobald der Rest des Fensters es ist, und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{error}

Tether opens its bundled article instead.</source>
        <translation>{error}

Tether öffnet stattdessen seinen mitgelieferten Artikel.</translation>
    </message>
    <message>
        <source>waiting for the Tether open with {folder}…</source>
        <translation>Warten auf das Tether, das mit {folder} geöffnet ist …</translation>
    </message>
    <message>
        <source>Tether is already open with {folder}; it shows it.</source>
        <translation>Tether ist bereits mit {folder} geöffnet und zeigt es an.</translation>
    </message>
    <message>
        <source>no section “{section}”; sections are: {known}</source>
        <translation>kein Abschnitt „{section}“; vorhandene Abschnitte: {known}</translation>
    </message>
    <message>
        <source>no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set); run Tether from a desktop session, or set QT_QPA_PLATFORM=offscreen for headless use.</source>
        <translation>keine grafische Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie Tether in einer Desktop-Sitzung oder setzen Sie QT_QPA_PLATFORM=offscreen für den Betrieb ohne Anzeige.</translation>
    </message>
    <message>
        <source>Qt cannot open a window on this X11 display: some system libraries are missing.
Tether needs these system packages: sudo apt-get install {packages}
(On other Linux distributions, install the packages that provide {libraries}.)</source>
        <extracomment>The message (in English) when there is no display to open a window on.</extracomment>
        <translation>Qt kann auf dieser X11-Anzeige kein Fenster öffnen: Einige Systembibliotheken fehlen.
Tether braucht diese Systempakete: sudo apt-get install {packages}
(Installieren Sie auf anderen Linux-Distributionen die Pakete, die {libraries} bereitstellen.)</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>Tether could not make a backup in {folder}. {reason}</source>
        <translation>Tether konnte in {folder} keine Sicherung anlegen. {reason}</translation>
    </message>
    <message>
        <source>{file} is not a Tether data file ({reason}).</source>
        <translation>{file} ist keine Datendatei von Tether ({reason}).</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>Tether could not use its data file {file}: {reason}.</source>
        <translation>Tether konnte seine Datendatei {file} nicht verwenden: {reason}.</translation>
    </message>
    <message>
        <source>Tether cannot use {folder}: it exists but is not a folder.</source>
        <translation>Tether kann {folder} nicht verwenden: Es existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <source>Tether cannot prepare the folder {folder}: {reason}.</source>
        <translation>Tether kann den Ordner {folder} nicht vorbereiten: {reason}.</translation>
    </message>
    <message>
        <source>Tether cannot use {folder} as its data folder: it exists but is not a folder.</source>
        <translation>Tether kann {folder} nicht als Datenordner verwenden: Es existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <source>Tether cannot prepare its data folder {folder}: {reason}.</source>
        <translation>Tether kann seinen Datenordner {folder} nicht vorbereiten: {reason}.</translation>
    </message>
    <message>
        <source>Tether found that its data file {file} is damaged but could not replace it: {reason}. Anything moved is in {folder}; nothing was deleted.</source>
        <translation>Tether hat festgestellt, dass seine Datendatei {file} beschädigt ist, konnte sie aber nicht ersetzen: {reason}. Alles Verschobene liegt in {folder}; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Tether found a leftover file beside its data file that did not belong to it and moved it to the folder {folder}. Your reflections and ticks were not changed.</source>
        <translation>Tether hat neben seiner Datendatei eine übrig gebliebene Datei gefunden, die nicht zu ihr gehörte, und sie in den Ordner {folder} verschoben. Ihre Reflexionen und Häkchen wurden nicht verändert.</translation>
    </message>
    <message>
        <source>Tether found a problem with its data file {file}, but another Tether is using it. Please close every Tether window and start Tether again.</source>
        <translation>Tether hat ein Problem mit seiner Datendatei {file} gefunden, aber ein anderes Tether verwendet sie. Bitte schließen Sie alle Tether-Fenster und starten Sie Tether erneut.</translation>
    </message>
    <message>
        <source>Tether found a problem with its data file {file} but could not move {name} to {folder}: {reason}. Nothing was deleted.</source>
        <translation>Tether hat ein Problem mit seiner Datendatei {file} gefunden, konnte aber {name} nicht nach {folder} verschieben: {reason}. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Tether&apos;s data file had been mixed up with part of another one, so Tether moved it to the folder {folder} and started a new one.</source>
        <translation>Die Datendatei von Tether war mit Teilen einer anderen vermischt, daher hat Tether sie in den Ordner {folder} verschoben und eine neue begonnen.</translation>
    </message>
    <message>
        <source>Tether&apos;s data file could not be read at all, so Tether moved it to the folder {folder} and started a new one.</source>
        <translation>Die Datendatei von Tether war gar nicht lesbar, daher hat Tether sie in den Ordner {folder} verschoben und eine neue begonnen.</translation>
    </message>
    <message>
        <source>Tether&apos;s data file was damaged, so Tether moved it to the folder {folder} and started a new one.</source>
        <translation>Die Datendatei von Tether war beschädigt, daher hat Tether sie in den Ordner {folder} verschoben und eine neue begonnen.</translation>
    </message>
    <message>
        <source>{what} from the old file</source>
        <translation>{what} aus der alten Datei</translation>
    </message>
    <message>
        <source>{what} from a backup</source>
        <translation>{what} aus einer Sicherung</translation>
    </message>
    <message>
        <source>It recovered {old} and {backup}.</source>
        <translation>Wiederhergestellt wurden {old} und {backup}.</translation>
    </message>
    <message>
        <source>It recovered {what}.</source>
        <translation>Wiederhergestellt wurden {what}.</translation>
    </message>
    <message>
        <source>Nothing could be read back from it, and the backup was empty.</source>
        <translation>Aus ihr ließ sich nichts zurückgewinnen, und die Sicherung war leer.</translation>
    </message>
    <message>
        <source>Nothing could be read back from it, and there was no backup to use.</source>
        <translation>Aus ihr ließ sich nichts zurückgewinnen, und es gab keine Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist ticks</source>
        <translation>
            <numerusform>%n Häkchen</numerusform>
            <numerusform>%n Häkchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n Leseposition</numerusform>
            <numerusform>%n Lesepositionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections marked as read</source>
        <translation>
            <numerusform>%n als gelesen markierter Abschnitt</numerusform>
            <numerusform>%n als gelesen markierte Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection versions</source>
        <translation>
            <numerusform>%n Reflexionsversion</numerusform>
            <numerusform>%n Reflexionsversionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker notes</source>
        <translation>
            <numerusform>%n Sprechernotiz</numerusform>
            <numerusform>%n Sprechernotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop tally rows</source>
        <translation>
            <numerusform>%n Zeile der Workshop-Zählung</numerusform>
            <numerusform>%n Zeilen der Workshop-Zählung</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} existiert nicht.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a Tether backup. Please choose the backup file itself.</source>
        <translation>{file} ist ein Ordner, keine Tether-Sicherung. Bitte wählen Sie die Sicherungsdatei selbst.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup: it is not an ordinary file (it is a named pipe, a device or a socket), so Tether does not read it.</source>
        <translation>{file} ist keine Tether-Sicherung: Es ist keine gewöhnliche Datei (sondern eine benannte Pipe, ein Gerät oder ein Socket), daher liest Tether sie nicht.</translation>
    </message>
    <message>
        <source>{file} is {size}, larger than any Tether backup (the limit is {limit}), so it is not restored. {unchanged}</source>
        <translation>{file} ist {size} groß, größer als jede Tether-Sicherung (die Grenze liegt bei {limit}), und wird daher nicht wiederhergestellt. {unchanged}</translation>
    </message>
    <message>
        <source>You do not have permission to read {file}.</source>
        <translation>Sie haben keine Berechtigung, {file} zu lesen.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Tether backup.</source>
        <translation>{file} ist leer und daher keine Tether-Sicherung.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup: it is not a database at all (a Tether backup is an SQLite database file, usually ending in .sqlite3).</source>
        <translation>{file} ist keine Tether-Sicherung: Es ist überhaupt keine Datenbank (eine Tether-Sicherung ist eine SQLite-Datenbankdatei, meist mit der Endung .sqlite3).</translation>
    </message>
    <message>
        <source>Tether could not read {file}: {reason}.</source>
        <translation>Tether konnte {file} nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {size}, larger than any Tether backup (the limit is {limit}), so the backup is not restored. {unchanged}</source>
        <translation>{file} ist {size} groß, größer als jede Tether-Sicherung (die Grenze liegt bei {limit}), daher wird die Sicherung nicht wiederhergestellt. {unchanged}</translation>
    </message>
    <message>
        <source>it holds a view (“{name}”), which a Tether backup never has.</source>
        <translation>sie enthält eine Sicht („{name}“), die eine Tether-Sicherung nie hat.</translation>
    </message>
    <message>
        <source>it holds a trigger (“{name}”), which a Tether backup never has.</source>
        <translation>sie enthält einen Trigger („{name}“), den eine Tether-Sicherung nie hat.</translation>
    </message>
    <message>
        <source>its table “{name}” is a virtual table, which Tether never makes.</source>
        <translation>ihre Tabelle „{name}“ ist eine virtuelle Tabelle, wie Tether sie nie anlegt.</translation>
    </message>
    <message>
        <source>its table “{table}” has a column “{column}” that is computed by a formula (a generated column). Tether&apos;s backups never have one, and reading it could take all of the computer&apos;s memory.</source>
        <translation>ihre Tabelle „{table}“ hat eine Spalte „{column}“, die durch eine Formel berechnet wird (eine generierte Spalte). Tether-Sicherungen haben nie eine solche, und ihr Lesen könnte den ganzen Speicher des Computers beanspruchen.</translation>
    </message>
    <message>
        <source>a row of its table “{table}” holds a text of more than {limit} characters, longer than any Tether keeps.</source>
        <translation>eine Zeile ihrer Tabelle „{table}“ enthält einen Text mit mehr als {limit} Zeichen, länger als jeder, den Tether speichert.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {reason} {unchanged}</source>
        <translation>{file} kann nicht wiederhergestellt werden: {reason} {unchanged}</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Tether (data version {version}; this version understands up to {known}). Please update Tether; the file has not been changed.</source>
        <translation>{file} wurde von einer neueren Version von Tether geschrieben (Datenversion {version}; diese Version versteht bis {known}). Bitte aktualisieren Sie Tether; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{file} is not a Tether data file (it is an SQLite database holding other data). The file has not been changed.</source>
        <translation>{file} ist keine Datendatei von Tether (es ist eine SQLite-Datenbank mit anderen Daten). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{file} already exists; Tether will not overwrite it.</source>
        <translation>{file} existiert bereits; Tether überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>Tether could not write the backup {file}. {reason}</source>
        <translation>Tether konnte die Sicherung {file} nicht schreiben. {reason}</translation>
    </message>
    <message>
        <source>Saved {what} to {file}.</source>
        <translation>{what} in {file} gespeichert.</translation>
    </message>
    <message>
        <source>{file} is a folder; please name a file for the backup.</source>
        <translation>{file} ist ein Ordner; bitte geben Sie eine Datei für die Sicherung an.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a named pipe, a device or a socket); Tether will not put a backup there. Please choose another name.</source>
        <translation>{file} ist keine gewöhnliche Datei (sondern eine benannte Pipe, ein Gerät oder ein Socket); Tether legt dort keine Sicherung ab. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Restored from {name}: {what} added or brought up to date. Nothing you had was removed.</source>
        <translation>Aus {name} wiederhergestellt: {what} hinzugefügt oder aktualisiert. Nichts von Ihren Daten wurde entfernt.</translation>
    </message>
    <message>
        <source>Everything in {name} was already here; nothing changed.</source>
        <translation>Alles aus {name} war bereits vorhanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{file} is Tether&apos;s own data file, not a backup.</source>
        <translation>{file} ist die eigene Datendatei von Tether, keine Sicherung.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup ({reason}).</source>
        <translation>{file} ist keine Tether-Sicherung ({reason}).</translation>
    </message>
    <message>
        <source>{file} is an empty database, not a Tether backup.</source>
        <translation>{file} ist eine leere Datenbank, keine Tether-Sicherung.</translation>
    </message>
    <message>
        <source>{file} is not a Tether backup (it holds other data).</source>
        <translation>{file} ist keine Tether-Sicherung (sie enthält andere Daten).</translation>
    </message>
    <message>
        <source>Tether could not read the backup {file}: {reason}.</source>
        <translation>Tether konnte die Sicherung {file} nicht lesen: {reason}.</translation>
    </message>
</context>
<context>
    <name>DataKeeper</name>
    <message>
        <source>{what}

The old file is kept, untouched, at: {kept}</source>
        <translation>{what}

Die alte Datei wird unverändert aufbewahrt unter: {kept}</translation>
    </message>
    <message>
        <source>No backup made: {reason}</source>
        <translation>Keine Sicherung angelegt: {reason}</translation>
    </message>
    <message>
        <source>Tether&apos;s data file {file} was replaced while Tether was open. Tether now uses the new file; what it had before is in the backups folder.</source>
        <translation>Die Datendatei {file} wurde ersetzt, während Tether geöffnet war. Tether verwendet jetzt die neue Datei; der vorherige Stand liegt im Sicherungsordner.</translation>
    </message>
    <message>
        <source>Tether&apos;s data folder {folder} was deleted or moved while Tether was open. Tether made it again and put everything back.</source>
        <translation>Der Datenordner {folder} wurde gelöscht oder verschoben, während Tether geöffnet war. Tether hat ihn neu angelegt und alles wiederhergestellt.</translation>
    </message>
    <message>
        <source>The folder {folder}, which holds Tether&apos;s data, is not there.</source>
        <translation>Der Ordner {folder}, der die Daten von Tether enthält, ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Tether&apos;s data folder {folder} is gone or cannot be used ({reason}).</source>
        <translation>Der Datenordner {folder} ist verschwunden oder nicht nutzbar ({reason}).</translation>
    </message>
    <message>
        <source>Tether Repaired Its Data File</source>
        <translation>Tether hat seine Datendatei repariert</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{name}: an article is shared as a web page (.html) or a PDF.</source>
        <translation>{name}: Ein Artikel wird als Webseite (.html) oder PDF weitergegeben.</translation>
    </message>
    <message>
        <source>Tether could not make the PDF: {reason}. No file was written.</source>
        <translation>Tether konnte das PDF nicht erstellen: {reason}. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>{name}: Tether does not know this file type; use one of {known}.</source>
        <translation>{name}: Diesen Dateityp kennt Tether nicht; verwenden Sie einen von {known}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Tether cannot write in {folder}: {reason}.</source>
        <translation>Tether kann nicht in {folder} schreiben: {reason}.</translation>
    </message>
    <message>
        <source>The file already there is unchanged.</source>
        <translation>Die bereits vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>No file was made.</source>
        <translation>Es wurde keine Datei angelegt.</translation>
    </message>
    <message>
        <source>Tether could not write {file}: {reason}. {kept}</source>
        <translation>Tether konnte {file} nicht schreiben: {reason}. {kept}</translation>
    </message>
    <message>
        <source>{file} is a folder; please name a file.</source>
        <translation>{file} ist ein Ordner; bitte geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a named pipe, a device or a socket); Tether will not write there. Please choose another name.</source>
        <translation>{file} ist keine gewöhnliche Datei (sondern eine benannte Pipe, ein Gerät oder ein Socket); Tether schreibt dort nicht hinein. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{file} already exists; Tether will not overwrite it.</source>
        <translation>{file} existiert bereits; Tether überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>{page} of {pages}</source>
        <translation>{page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ExportCommandLine</name>
    <message>
        <source>exporting a worksheet (no window is opened)</source>
        <translation>Arbeitsblatt exportieren (es wird kein Fenster geöffnet)</translation>
    </message>
    <message>
        <source>write the article&apos;s worksheet to OUT (.md, .html or .pdf) and exit</source>
        <translation>das Arbeitsblatt des Artikels nach OUT schreiben (.md, .html oder .pdf) und beenden</translation>
    </message>
    <message>
        <source>a blank worksheet for handouts: no ticks and none of your reflections</source>
        <translation>ein leeres Arbeitsblatt zum Austeilen: ohne Häkchen und ohne Ihre Reflexionen</translation>
    </message>
    <message>
        <source>include the article&apos;s text</source>
        <translation>den Text des Artikels aufnehmen</translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation>OUT ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>wrote the blank worksheet of “{title}” to {file}</source>
        <translation>leeres Arbeitsblatt zu „{title}“ nach {file} geschrieben</translation>
    </message>
    <message>
        <source>wrote the worksheet of “{title}” to {file}</source>
        <translation>Arbeitsblatt zu „{title}“ nach {file} geschrieben</translation>
    </message>
    <message>
        <source>--blank, --with-article and --force go with --export-worksheet OUT.</source>
        <translation>--blank, --with-article und --force gehören zu --export-worksheet OUT.</translation>
    </message>
    <message>
        <source>{file} already exists; add --force to replace it.</source>
        <translation>{file} existiert bereits; fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>LinkQuestion</name>
    <message numerus="yes">
        <source>%n characters in all</source>
        <translation>
            <numerusform>insgesamt %n Zeichen</numerusform>
            <numerusform>insgesamt %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this link outside Tether?</source>
        <translation>Diesen Link außerhalb von Tether öffnen?</translation>
    </message>
    <message>
        <source>The link reads: “{words}”</source>
        <translation>Der Link lautet: „{words}“</translation>
    </message>
    <message>
        <source>It leads to: {address}</source>
        <translation>Er führt zu: {address}</translation>
    </message>
    <message>
        <source>The site is written {spelled} (it uses letters from other alphabets).</source>
        <translation>Die Website wird {spelled} geschrieben (sie verwendet Buchstaben aus anderen Alphabeten).</translation>
    </message>
    <message>
        <source>Careful: the words name {named}, but the link leads to {real}.</source>
        <translation>Vorsicht: Der Text nennt {named}, aber der Link führt zu {real}.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Tether speaks the new language the next time it starts.</source>
        <translation>Tether zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Colours of the page and the panels</source>
        <translation>Farben der Seite und der Leisten</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <source>The typeface of the article</source>
        <translation>Die Schrift des Artikels</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>The size of the article&apos;s text, in pixels</source>
        <translation>Die Größe des Artikeltexts in Pixeln</translation>
    </message>
    <message>
        <source>Line length</source>
        <translation>Zeilenlänge</translation>
    </message>
    <message>
        <source>How many characters a line holds, 55 to 80</source>
        <translation>Wie viele Zeichen eine Zeile fasst, 55 bis 80</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Die Sprache der Menüs, Dialoge und Meldungen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Line length:</source>
        <translation>&amp;Zeilenlänge:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>{theme} sets the page in {font}; choose another font here to read in that instead.</source>
        <translation>{theme} setzt die Seite in {font}; wählen Sie hier eine andere Schrift, um darin zu lesen.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Tether is already open with the data folder {folder}: a running Tether holds its lock file {lock}, but it does not answer. Switch to that Tether window, or close it, and try again. The lock is freed when that process ends; deleting the lock file while it runs would let two Tethers write one data file.</source>
        <translation>Tether ist bereits mit dem Datenordner {folder} geöffnet: Ein laufendes Tether hält dessen Sperrdatei {lock}, antwortet aber nicht. Wechseln Sie zu diesem Tether-Fenster oder schließen Sie es und versuchen Sie es erneut. Die Sperre wird frei, wenn dieser Prozess endet; die Sperrdatei zu löschen, während er läuft, ließe zwei Tethers in eine Datendatei schreiben.</translation>
    </message>
    <message>
        <source>Tether is already open with the data folder {folder}: process {pid} holds its lock file {lock}, but it does not answer. Switch to that Tether window, or close it, and try again. If no Tether window is open, end process {pid} (in a terminal: kill {pid}), then start Tether again. The lock is freed when that process ends; deleting the lock file while it runs would let two Tethers write one data file.</source>
        <translation>Tether ist bereits mit dem Datenordner {folder} geöffnet: Prozess {pid} hält dessen Sperrdatei {lock}, antwortet aber nicht. Wechseln Sie zu diesem Tether-Fenster oder schließen Sie es und versuchen Sie es erneut. Ist kein Tether-Fenster offen, beenden Sie Prozess {pid} (im Terminal: kill {pid}) und starten Sie Tether erneut. Die Sperre wird frei, wenn dieser Prozess endet; die Sperrdatei zu löschen, während er läuft, ließe zwei Tethers in eine Datendatei schreiben.</translation>
    </message>
    <message>
        <source>{lock} kept changing; Tether runs unlocked.</source>
        <translation>{lock} hat sich ständig geändert; Tether läuft ohne Sperre.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{lock} cannot be locked here ({reason}).</source>
        <translation>{lock} lässt sich hier nicht sperren ({reason}).</translation>
    </message>
    <message>
        <source>took over the lock file {lock}: {why}.</source>
        <translation>Sperrdatei {lock} übernommen: {why}.</translation>
    </message>
    <message>
        <source>Tether cannot start: {lock} is in the way of its lock file ({why}) and cannot be moved aside ({reason}). Your reflections are not in it (they are in tether.sqlite3 in {folder}): move or rename {lock} and start Tether again.</source>
        <translation>Tether kann nicht starten: {lock} steht seiner Sperrdatei im Weg ({why}) und lässt sich nicht beiseiteschieben ({reason}). Ihre Reflexionen sind nicht darin (sie sind in tether.sqlite3 in {folder}): Verschieben oder benennen Sie {lock} um und starten Sie Tether erneut.</translation>
    </message>
    <message>
        <source>moved {lock} to {aside}: {why}, so it cannot be Tether&apos;s lock.</source>
        <translation>{lock} nach {aside} verschoben: {why}, daher kann es nicht die Sperre von Tether sein.</translation>
    </message>
    <message>
        <source>it was empty, left by a Tether that ended without closing</source>
        <translation>sie war leer, zurückgelassen von einem Tether, das ohne Schließen beendet wurde</translation>
    </message>
    <message>
        <source>it could not be read, and no running Tether holds it</source>
        <translation>sie war nicht lesbar, und kein laufendes Tether hält sie</translation>
    </message>
    <message>
        <source>it names process {pid} on another computer, {host} (a copied or synced data folder); no Tether on this computer holds it</source>
        <translation>sie nennt Prozess {pid} auf einem anderen Computer, {host} (ein kopierter oder synchronisierter Datenordner); kein Tether auf diesem Computer hält sie</translation>
    </message>
    <message>
        <source>its process {pid} is not a Tether on this folder any more</source>
        <translation>ihr Prozess {pid} ist kein Tether mehr, das diesen Ordner verwendet</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message numerus="yes">
        <source>Saved the tally of %n signs to {file}.</source>
        <translation>
            <numerusform>Zählung für %n Anzeichen in {file} gespeichert.</numerusform>
            <numerusform>Zählung für %n Anzeichen in {file} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: workshop tally</source>
        <translation>{title}: Workshop-Zählung</translation>
    </message>
    <message>
        <source>How many people in the room recognised each sign (counted by the facilitator; no names).</source>
        <translation>Wie viele Personen im Raum jedes Anzeichen wiedererkannt haben (gezählt von der Moderation; ohne Namen).</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Anzeichen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Nothing was counted in this workshop.</source>
        <translation>In diesem Workshop wurde nichts gezählt.</translation>
    </message>
    <message>
        <source>{name}: a workshop tally is saved as .csv or .md.</source>
        <translation>{name}: Eine Workshop-Zählung wird als .csv oder .md gespeichert.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow System</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Your reflections</source>
        <translation>Ihre Reflexionen</translation>
    </message>
    <message>
        <source>Your reflections:</source>
        <translation>Ihre Reflexionen:</translation>
    </message>
    <message>
        <source>No reflection written yet.</source>
        <translation>Noch keine Reflexion geschrieben.</translation>
    </message>
    <message>
        <source>Reflections on sections no longer in the article</source>
        <translation>Reflexionen zu Abschnitten, die nicht mehr im Artikel stehen</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Ticked since the check-in before</source>
        <translation>Abgehakt seit dem vorigen Check-in</translation>
    </message>
    <message>
        <source>No longer ticked</source>
        <translation>Nicht mehr abgehakt</translation>
    </message>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} von {total}</translation>
    </message>
    <message>
        <source>{title} — Worksheet</source>
        <translation>{title} – Arbeitsblatt</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Von {author}</translation>
    </message>
    <message>
        <source>Made {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>Reflect: {prompt}</source>
        <translation>Nachdenken: {prompt}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>{name} ({date})</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <source>Workshop, {date}</source>
        <translation>Workshop, {date}</translation>
    </message>
</context>
</TS>
