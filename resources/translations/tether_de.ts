<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open Article…</source>
        <translation>Artikel ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Markdown article</source>
        <translation>Einen Markdown-Artikel öffnen</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
    <message>
        <source>List the bundled articles and your own, with your progress in each</source>
        <translation>Die mitgelieferten und Ihre eigenen Artikel auflisten, mit Ihrem Fortschritt in jedem</translation>
    </message>
    <message>
        <source>Export &amp;Worksheet…</source>
        <translation>&amp;Arbeitsblatt exportieren…</translation>
    </message>
    <message>
        <source>Save your ticks and reflections as a Markdown, PDF or web page worksheet</source>
        <translation>Ihre Häkchen und Reflexionen als Arbeitsblatt in Markdown, als PDF oder als Webseite speichern</translation>
    </message>
    <message>
        <source>Export Blan&amp;k Worksheet…</source>
        <translation>&amp;Leeres Arbeitsblatt exportieren…</translation>
    </message>
    <message>
        <source>Save a worksheet to hand out: nothing ticked, room to write, none of your data</source>
        <translation>Ein Arbeitsblatt zum Austeilen speichern: nichts abgehakt, Platz zum Schreiben, keine Ihrer Daten</translation>
    </message>
    <message>
        <source>Export Work&amp;shop Tally…</source>
        <translation>&amp;Workshop-Auswertung exportieren…</translation>
    </message>
    <message>
        <source>Save a workshop&apos;s anonymous group tally (how many recognised each sign) as Markdown or CSV</source>
        <translation>Die anonyme Gruppenauswertung eines Workshops (wie viele jedes Anzeichen wiedererkannt haben) als Markdown oder CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print your worksheet or the article, with a preview</source>
        <translation>Ihr Arbeitsblatt oder den Artikel drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>Share &amp;Article…</source>
        <translation>Artikel &amp;teilen…</translation>
    </message>
    <message>
        <source>Save the article itself as a web page or PDF to give to someone</source>
        <translation>Den Artikel selbst als Webseite oder PDF speichern, um ihn weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Back Up My Data…</source>
        <translation>Meine Daten &amp;sichern…</translation>
    </message>
    <message>
        <source>Save every reflection, tick and reading position in one file</source>
        <translation>Alle Reflexionen, Häkchen und Lesepositionen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Res&amp;tore Data…</source>
        <translation>Daten wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Bring back data from a backup file; nothing you have now is removed</source>
        <translation>Daten aus einer Sicherungsdatei zurückholen; nichts, was Sie jetzt haben, wird entfernt</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Choose the theme, font, text size and line length</source>
        <translation>Farbschema, Schrift, Textgröße und Zeilenlänge wählen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Save everything and quit Tether</source>
        <translation>Alles speichern und Tether beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find words in the article</source>
        <translation>Wörter im Artikel suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Go to the next match (Enter in the find bar)</source>
        <translation>Zum nächsten Treffer gehen (Eingabetaste in der Suchleiste)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+Enter in the find bar)</source>
        <translation>Zum vorherigen Treffer gehen (Umschalt+Eingabetaste in der Suchleiste)</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Go to the next section</source>
        <translation>Zum nächsten Abschnitt gehen</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>Go to the previous section</source>
        <translation>Zum vorherigen Abschnitt gehen</translation>
    </message>
    <message>
        <source>Next P&amp;ane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Den Tastaturfokus in den nächsten Bereich setzen</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Vorheriger B&amp;ereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Den Tastaturfokus in den vorherigen Bereich setzen</translation>
    </message>
    <message>
        <source>&amp;Reflect on This Section</source>
        <translation>Über diesen Abschnitt &amp;reflektieren</translation>
    </message>
    <message>
        <source>Write your reflection on the section you are reading</source>
        <translation>Ihre Reflexion zum Abschnitt schreiben, den Sie gerade lesen</translation>
    </message>
    <message>
        <source>&amp;Earlier Versions…</source>
        <translation>&amp;Frühere Fassungen…</translation>
    </message>
    <message>
        <source>See the earlier versions of this section&apos;s reflection, and restore one</source>
        <translation>Die früheren Fassungen der Reflexion zu diesem Abschnitt ansehen und eine wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New Check-in</source>
        <translation>&amp;Neuer Check-in</translation>
    </message>
    <message>
        <source>Tick the signs afresh; your earlier answers are kept and shown beside each sign</source>
        <translation>Die Anzeichen neu abhaken; Ihre früheren Antworten bleiben erhalten und stehen neben jedem Anzeichen</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <source>Show or hide the sections of the article</source>
        <translation>Die Abschnitte des Artikels zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Si&amp;gns</source>
        <translation>Anzei&amp;chen</translation>
    </message>
    <message>
        <source>Show or hide the checklist of signs</source>
        <translation>Die Checkliste der Anzeichen zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Reflexionen</translation>
    </message>
    <message>
        <source>Show or hide your reflections (Ctrl+R writes one on this section)</source>
        <translation>Ihre Reflexionen zeigen oder ausblenden (Strg+R schreibt eine zu diesem Abschnitt)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>How your answers changed from one check-in to the next</source>
        <translation>Wie sich Ihre Antworten von einem Check-in zum nächsten verändert haben</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Den Text vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Den Text verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the text at its normal size</source>
        <translation>Den Text in normaler Größe zeigen</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Show the article full screen for a room, section by section, with a presenter console</source>
        <translation>Den Artikel für einen Raum im Vollbild zeigen, Abschnitt für Abschnitt, mit einer Moderationskonsole</translation>
    </message>
    <message>
        <source>Show Spea&amp;ker Notes</source>
        <translation>Sprechernotizen an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the article&apos;s “Note:” quotes for whoever presents it (the room never sees them)</source>
        <translation>Die „Note:“-Zitate des Artikels für die Person zeigen, die ihn präsentiert (der Raum sieht sie nie)</translation>
    </message>
    <message>
        <source>Speaker &amp;Notes Pane</source>
        <translation>Bereich für Sprecher&amp;notizen</translation>
    </message>
    <message>
        <source>Write your own notes for presenting this section; only the presenter console shows them</source>
        <translation>Eigene Notizen zum Präsentieren dieses Abschnitts schreiben; nur die Moderationskonsole zeigt sie</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About Tether</source>
        <translation>Ü&amp;ber Tether</translation>
    </message>
    <message>
        <source>About Tether</source>
        <translation>Über Tether</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
</context>
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
    <name>ArticlePage</name>
    <message>
        <source>This link does not lead anywhere Tether can open.</source>
        <translation>Dieser Link führt nirgendwohin, das Tether öffnen kann.</translation>
    </message>
    <message>
        <source>This link names a file ({name}); Tether follows only web and mail links.</source>
        <translation>Dieser Link nennt eine Datei ({name}); Tether folgt nur Web- und E-Mail-Links.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Part of the Article Cannot Be Shown</source>
        <translation>Ein Teil des Artikels kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>{reason}

Tether shows the sections before the one it could not lay out.</source>
        <translation>{reason}

Tether zeigt die Abschnitte vor dem, den es nicht darstellen konnte.</translation>
    </message>
    <message>
        <source>Ticked — click to untick</source>
        <translation>Abgehakt – klicken, um den Haken zu entfernen</translation>
    </message>
    <message>
        <source>Click to tick</source>
        <translation>Klicken zum Abhaken</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Links and tick boxes in the article</source>
        <translation>Links und Kästchen im Artikel</translation>
    </message>
    <message>
        <source>Tick or untick</source>
        <translation>Abhaken oder Haken entfernen</translation>
    </message>
    <message>
        <source>Follow link</source>
        <translation>Link folgen</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{column}: none</source>
        <translation>{column}: keine</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>Double-click to write a one-line note for this check-in</source>
        <translation>Doppelklicken, um eine einzeilige Notiz zu diesem Check-in zu schreiben</translation>
    </message>
    <message>
        <source>{date} (current)</source>
        <translation>{date} (aktuell)</translation>
    </message>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} von {total}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Anzeichen</translation>
    </message>
    <message>
        <source>{date}: ticked</source>
        <translation>{date}: abgehakt</translation>
    </message>
    <message>
        <source>{date}: not ticked</source>
        <translation>{date}: nicht abgehakt</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>This article has no checklist of signs to check in on.</source>
        <translation>Dieser Artikel hat keine Anzeichen-Checkliste für einen Check-in.</translation>
    </message>
    <message>
        <source>A new check-in was not started: some ticks are not saved yet. Tether keeps trying; please try again in a moment.</source>
        <translation>Es wurde kein neuer Check-in begonnen: Einige Haken sind noch nicht gespeichert. Tether versucht es weiter; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>New check-in started on {date}. Your earlier answers are kept and show faintly beside each sign; View › History (Ctrl+H) compares them.</source>
        <translation>Neuer Check-in am {date} begonnen. Ihre früheren Antworten bleiben erhalten und erscheinen blass neben jedem Anzeichen; Ansicht › Verlauf (Strg+H) vergleicht sie.</translation>
    </message>
    <message>
        <source>The version was not restored: the reflection on screen could not be saved first. Tether keeps trying; please try again in a moment.</source>
        <translation>Die Fassung wurde nicht wiederhergestellt: Die angezeigte Reflexion konnte vorher nicht gespeichert werden. Tether versucht es weiter; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Restored your reflection as it was on {date}. Ctrl+Z in the reflection takes it back; the text it replaced is kept as a version.</source>
        <translation>Ihre Reflexion wurde auf den Stand vom {date} zurückgesetzt. Strg+Z in der Reflexion macht das rückgängig; der ersetzte Text bleibt als Fassung erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome back — it has been %n days. Start a new check-in to see how your answers have changed; your earlier answers are kept.</source>
        <translation>
            <numerusform>Willkommen zurück – es ist %n Tag her. Beginnen Sie einen neuen Check-in, um zu sehen, wie sich Ihre Antworten verändert haben; Ihre früheren Antworten bleiben erhalten.</numerusform>
            <numerusform>Willkommen zurück – es ist %n Tage her. Beginnen Sie einen neuen Check-in, um zu sehen, wie sich Ihre Antworten verändert haben; Ihre früheren Antworten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back — it has been %n months. Start a new check-in to see how your answers have changed; your earlier answers are kept.</source>
        <translation>
            <numerusform>Willkommen zurück – es ist %n Monat her. Beginnen Sie einen neuen Check-in, um zu sehen, wie sich Ihre Antworten verändert haben; Ihre früheren Antworten bleiben erhalten.</numerusform>
            <numerusform>Willkommen zurück – es ist %n Monate her. Beginnen Sie einen neuen Check-in, um zu sehen, wie sich Ihre Antworten verändert haben; Ihre früheren Antworten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in offer</source>
        <translation>Check-in-Angebot</translation>
    </message>
    <message>
        <source>&amp;Start a New Check-in</source>
        <translation>Neuen Check-in &amp;starten</translation>
    </message>
    <message>
        <source>Tick the signs afresh; your earlier answers are kept</source>
        <translation>Die Anzeichen neu abhaken; Ihre früheren Antworten bleiben erhalten</translation>
    </message>
    <message>
        <source>Not now (keep ticking in the check-in you have)</source>
        <translation>Jetzt nicht (im bisherigen Check-in weiter abhaken)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
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
    <message>
        <source>not a number of minutes: {text}</source>
        <translation>keine Anzahl Minuten: {text}</translation>
    </message>
    <message>
        <source>the duration is in minutes, more than 0</source>
        <translation>die Dauer wird in Minuten angegeben, mehr als 0</translation>
    </message>
    <message>
        <source>start presenting at once, at --section or where you were (as F5 does)</source>
        <translation>sofort präsentieren, ab --section oder dort, wo Sie waren (wie F5)</translation>
    </message>
    <message>
        <source>present on this screen: its name (e.g. HDMI-1) or its number, 1 being the first</source>
        <translation>auf diesem Bildschirm präsentieren: sein Name (z. B. HDMI-1) oder seine Nummer, 1 ist der erste</translation>
    </message>
    <message>
        <source>while presenting, count down this many minutes in the presenter console</source>
        <translation>beim Präsentieren so viele Minuten in der Referentenansicht herunterzählen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>no screen “{screen}”; screens are: {known}</source>
        <translation>kein Bildschirm „{screen}“; vorhandene Bildschirme: {known}</translation>
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
        <source>somewhere else</source>
        <translation>einen anderen Ort</translation>
    </message>
    <message>
        <source>Tether will not use {path}: it is a symbolic link to {target}. Tether never writes through links inside its data folder, so that nothing outside it is changed. Replace the link with the real file or folder (for example, move {target} to {path}), or remove the link, and start Tether again.</source>
        <translation>Tether verwendet {path} nicht: Es ist eine symbolische Verknüpfung auf {target}. Tether schreibt nie durch Verknüpfungen in seinem Datenordner, damit nichts außerhalb davon verändert wird. Ersetzen Sie die Verknüpfung durch die echte Datei oder den echten Ordner (verschieben Sie zum Beispiel {target} nach {path}) oder entfernen Sie die Verknüpfung, und starten Sie Tether erneut.</translation>
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
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>EarlierVersions</name>
    <message>
        <source>Earlier Versions — {section}</source>
        <translation>Frühere Fassungen – {section}</translation>
    </message>
    <message>
        <source>Your reflection on “{section}” as it was each time you came back to it. Restoring one puts it in the editor; Ctrl+Z there takes it back.</source>
        <translation>Ihre Reflexion zu „{section}“, wie sie bei jeder Rückkehr dazu war. Eine wiederhergestellte Fassung kommt in den Editor; Strg+Z dort macht das rückgängig.</translation>
    </message>
    <message>
        <source>No earlier versions of your reflection on “{section}” yet. A new version starts each time you come back to the section and write.</source>
        <translation>Noch keine früheren Fassungen Ihrer Reflexion zu „{section}“. Jedes Mal, wenn Sie zum Abschnitt zurückkehren und schreiben, beginnt eine neue Fassung.</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Fassungen, neueste zuerst</translation>
    </message>
    <message>
        <source>The chosen version&apos;s text</source>
        <translation>Text der gewählten Fassung</translation>
    </message>
    <message>
        <source>(what you have now)</source>
        <translation>(Ihr jetziger Stand)</translation>
    </message>
    <message>
        <source>Started {when}</source>
        <translation>Begonnen am {when}</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
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
        <source>only {written} of {size} bytes were written</source>
        <translation>nur {written} von {size} Bytes wurden geschrieben</translation>
    </message>
    <message>
        <source>the file holds {held} bytes instead of {size}</source>
        <translation>die Datei enthält {held} Bytes statt {size}</translation>
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
    <name>ExportCommands</name>
    <message>
        <source>Tether backups</source>
        <translation>Tether-Sicherungen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Druckvorschau – {title}</translation>
    </message>
    <message>
        <source>Share Article</source>
        <translation>Artikel teilen</translation>
    </message>
    <message>
        <source>Back Up My Data</source>
        <translation>Meine Daten sichern</translation>
    </message>
    <message>
        <source>Restore Data</source>
        <translation>Daten wiederherstellen</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Saved the blank worksheet to {path}</source>
        <translation>Leeres Arbeitsblatt gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Saved the worksheet to {path}</source>
        <translation>Arbeitsblatt gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Could Not Share</source>
        <translation>Teilen nicht möglich</translation>
    </message>
    <message>
        <source>Saved the article to {path}</source>
        <translation>Artikel gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Could Not Print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>The printer could not be used: {error}.</source>
        <translation>Der Drucker konnte nicht verwendet werden: {error}.</translation>
    </message>
    <message>
        <source>Could Not Back Up</source>
        <translation>Sicherung nicht möglich</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Data Restored</source>
        <translation>Daten wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Your worksheet (your ticks and reflections)</source>
        <translation>Ihr Arbeitsblatt (Ihre Haken und Reflexionen)</translation>
    </message>
    <message>
        <source>A blank worksheet to hand out</source>
        <translation>Ein leeres Arbeitsblatt zum Austeilen</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Der Artikel</translation>
    </message>
    <message>
        <source>Export Worksheet</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>Export Blank Worksheet</source>
        <translation>Leeres Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Save your ticks and reflections on “{title}”, section by section.</source>
        <translation>Speichert Ihre Haken und Reflexionen zu „{title}“, Abschnitt für Abschnitt.</translation>
    </message>
    <message>
        <source>Save a worksheet of “{title}” to hand out: every sign unticked, room to write under each section, and nothing of your own in it.</source>
        <translation>Speichert ein Arbeitsblatt zu „{title}“ zum Austeilen: alle Anzeichen nicht abgehakt, Platz zum Schreiben unter jedem Abschnitt und nichts von Ihnen darin.</translation>
    </message>
    <message>
        <source>Print from “{title}”. A preview comes first.</source>
        <translation>Aus „{title}“ drucken. Zuerst kommt eine Vorschau.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Include the article’s text</source>
        <translation>Den Text des Artikels einschließen</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Chart: {group}</source>
        <translation>Diagramm: {group}</translation>
    </message>
    <message>
        <source>now {count} of {total}</source>
        <translation>jetzt {count} von {total}</translation>
    </message>
    <message>
        <source>{group}: no check-ins yet.</source>
        <translation>{group}: noch keine Check-ins.</translation>
    </message>
    <message>
        <source>{date}: {count} of {total}</source>
        <translation>{date}: {count} von {total}</translation>
    </message>
    <message>
        <source>{group}, signs ticked at each check-in. {counts}.</source>
        <translation>{group}, abgehakte Anzeichen bei jedem Check-in. {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins, from {first} to {last}.</source>
        <translation>
            <numerusform>%n Check-in, vom {first} bis zum {last}.</numerusform>
            <numerusform>%n Check-ins, vom {first} bis zum {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>History — {title}</source>
        <translation>Verlauf – {title}</translation>
    </message>
    <message>
        <source>Charts: signs ticked at each check-in, one per group</source>
        <translation>Diagramme: abgehakte Anzeichen bei jedem Check-in, eines pro Gruppe</translation>
    </message>
    <message>
        <source>The numbers as tables</source>
        <translation>Die Zahlen als Tabellen</translation>
    </message>
    <message>
        <source>Check-ins: date, signs ticked, note</source>
        <translation>Check-ins: Datum, abgehakte Anzeichen, Notiz</translation>
    </message>
    <message>
        <source>Each sign: ticked or not at each check-in</source>
        <translation>Jedes Anzeichen: bei jedem Check-in abgehakt oder nicht</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Each sign</source>
        <translation>Jedes Anzeichen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Delete Check-in</source>
        <translation>Check-in &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected earlier check-in (you can undo it)</source>
        <translation>Den gewählten früheren Check-in löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>The check-in of {date} was deleted.</source>
        <translation>Der Check-in vom {date} wurde gelöscht.</translation>
    </message>
    <message>
        <source>This article has no checklist of signs, so there is nothing to check in on.</source>
        <translation>Dieser Artikel hat keine Anzeichen-Checkliste, daher gibt es keinen Check-in.</translation>
    </message>
    <message>
        <source>No check-ins yet. Tick the signs that fit you; each time you come back, start a new check-in (Reflect › New Check-in, Ctrl+Shift+N) to see how your answers change.</source>
        <translation>Noch keine Check-ins. Haken Sie die Anzeichen ab, die zu Ihnen passen; beginnen Sie bei jeder Rückkehr einen neuen Check-in (Reflexion › Neuer Check-in, Strg+Umschalt+N), um zu sehen, wie sich Ihre Antworten ändern.</translation>
    </message>
    <message>
        <source>One check-in so far, on {date}, so each chart is a single point. When you come back, start a new check-in (Reflect › New Check-in, Ctrl+Shift+N): your answers then are drawn beside these.</source>
        <translation>Bisher ein Check-in, am {date}, daher ist jedes Diagramm ein einzelner Punkt. Beginnen Sie bei Ihrer Rückkehr einen neuen Check-in (Reflexion › Neuer Check-in, Strg+Umschalt+N): Ihre dann gegebenen Antworten erscheinen neben diesen.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{title}” is not in your library.</source>
        <translation>„{title}“ ist nicht in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <source>At section 88 of 88</source>
        <translation>Bei Abschnitt 88 von 88</translation>
    </message>
    <message>
        <source>Markdown articles</source>
        <translation>Markdown-Artikel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Your articles folder</source>
        <translation>Ihr Artikelordner</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>&amp;Add Article…</source>
        <translation>&amp;Artikel hinzufügen…</translation>
    </message>
    <message>
        <source>Close Library</source>
        <translation>Bibliothek schließen</translation>
    </message>
    <message>
        <source>Articles in your &amp;library</source>
        <translation>Artikel in Ihrer &amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Artikel in der Bibliothek</translation>
    </message>
    <message>
        <source>Sort articles by</source>
        <translation>Artikel sortieren nach</translation>
    </message>
    <message>
        <source>Cannot Add Article</source>
        <translation>Artikel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added “{file}” as {name}.</source>
        <translation>„{file}“ als {name} hinzugefügt.</translation>
    </message>
    <message>
        <source>“{file}” is already in your articles folder.</source>
        <translation>„{file}“ ist bereits in Ihrem Artikelordner.</translation>
    </message>
    <message>
        <source>Your articles folder: {folder}</source>
        <translation>Ihr Artikelordner: {folder}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Your articles</source>
        <translation>Ihre Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled with Tether</source>
        <translation>Mit Tether mitgeliefert</translation>
    </message>
    <message>
        <source>Your articles folder</source>
        <translation>Ihr Artikelordner</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig gelesen</translation>
    </message>
    <message>
        <source>{read} of {total} read</source>
        <translation>{read} von {total} gelesen</translation>
    </message>
    <message>
        <source>At section {section} of {total}</source>
        <translation>Bei Abschnitt {section} von {total}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>{file} — Cannot open: {error}</source>
        <translation>{file} – Kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>Cannot open: {error}</source>
        <translation>Kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>Another file has the same article id, so both share one set of reflections and ticks.</source>
        <translation>Eine andere Datei hat dieselbe Artikel-ID; beide teilen sich daher dieselben Reflexionen und Haken.</translation>
    </message>
    <message>
        <source>{file}: cannot open, {error}</source>
        <translation>{file}: kann nicht geöffnet werden, {error}</translation>
    </message>
    <message>
        <source>Progress: unknown</source>
        <translation>Fortschritt: unbekannt</translation>
    </message>
    <message>
        <source>Progress: {progress}</source>
        <translation>Fortschritt: {progress}</translation>
    </message>
    <message>
        <source>progress unknown</source>
        <translation>Fortschritt unbekannt</translation>
    </message>
    <message>
        <source>bundled with Tether</source>
        <translation>mit Tether mitgeliefert</translation>
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
    <name>MainWindow</name>
    <message>
        <source>About Tether</source>
        <translation>Über Tether</translation>
    </message>
    <message>
        <source>Tether {version}

An offline reader for reflective articles. Your ticks and reflections stay on this computer.</source>
        <translation>Tether {version}

Ein Offline-Leseprogramm für Artikel zum Nachdenken. Ihre Häkchen und Reflexionen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open “{path}”: Tether opens Markdown and text files ({kinds}).</source>
        <translation>„{path}“ kann nicht geöffnet werden: Tether öffnet Markdown- und Textdateien ({kinds}).</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Fenstergröße ändern</translation>
    </message>
    <message>
        <source>{title} — Tether</source>
        <translation>{title} — Tether</translation>
    </message>
    <message>
        <source>Markdown articles ({patterns});;All files (*)</source>
        <translation>Markdown-Artikel ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Section {number} · {title}</source>
        <translation>Abschnitt {number} · {title}</translation>
    </message>
    <message>
        <source>Section {number} of {count} · {title}</source>
        <translation>Abschnitt {number} von {count} · {title}</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet. If you quit now, the words typed and the ticks made since the last save will be lost.</source>
        <translation>Ihre letzten Änderungen konnten noch nicht gespeichert werden. Wenn Sie jetzt beenden, gehen die seit dem letzten Speichern geschriebenen Wörter und gesetzten Häkchen verloren.</translation>
    </message>
    <message>
        <source>Reading Toolbar</source>
        <translation>Lese-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Reading toolbar</source>
        <translation>Lese-Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Anzeichen</translation>
    </message>
    <message>
        <source>Signs checklist</source>
        <translation>Checkliste der Anzeichen</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>All reflections on this article</source>
        <translation>Alle Reflexionen zu diesem Artikel</translation>
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
    <name>PresentKeys</name>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Page Down, →, ↓, Space, Enter, N</source>
        <translation>Bild ab, →, ↓, Leertaste, Eingabe, N</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Page Up, ←, ↑, Backspace, P</source>
        <translation>Bild auf, ←, ↑, Rücktaste, P</translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation>Erste / letzte Seite</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>Go to section n</source>
        <translation>Zu Abschnitt n gehen</translation>
    </message>
    <message>
        <source>n, then Enter</source>
        <translation>n, dann Eingabe</translation>
    </message>
    <message>
        <source>Black / white screen (any key returns)</source>
        <translation>Schwarzer / weißer Bildschirm (jede Taste kehrt zurück)</translation>
    </message>
    <message>
        <source>B or . / W or ,</source>
        <translation>B oder . / W oder ,</translation>
    </message>
    <message>
        <source>Group checklist, one sign at a time; how many recognise it</source>
        <translation>Gruppen-Checkliste, ein Anzeichen nach dem anderen; wie viele es wiedererkennen</translation>
    </message>
    <message>
        <source>C, then next; n or + / −</source>
        <translation>C, dann weiter; n oder + / −</translation>
    </message>
    <message>
        <source>Larger / smaller / usual text</source>
        <translation>Größerer / kleinerer / üblicher Text</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+− / Ctrl+0</source>
        <translation>Strg++ / Strg+− / Strg+0</translation>
    </message>
    <message>
        <source>Swap the screens / pause or resume the timer</source>
        <translation>Bildschirme tauschen / Zeitmessung anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Type your own notes on the console (Esc: stop typing)</source>
        <translation>Eigene Notizen in der Referentenansicht tippen (Esc: Tippen beenden)</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Diese Tasten</translation>
    </message>
    <message>
        <source>Close an overlay, then stop presenting</source>
        <translation>Eine Einblendung schließen, dann die Präsentation beenden</translation>
    </message>
    <message>
        <source>Start or resume presenting</source>
        <translation>Präsentation starten oder fortsetzen</translation>
    </message>
    <message>
        <source>keys: Space next · P back · n Enter section · C checklist (n, + / − count) · B black · T timer · Esc stop · any key closes</source>
        <translation>Tasten: Leertaste weiter · P zurück · n Eingabe Abschnitt · C Checkliste (n, + / − zählen) · B schwarz · T Zeit · Esc beenden · jede Taste schließt</translation>
    </message>
</context>
<context>
    <name>PresentationScreen</name>
    <message>
        <source>&amp;Automatic (Not the Reader’s Screen)</source>
        <translation>&amp;Automatisch (nicht der Bildschirm der Lesenden)</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen} (nicht angeschlossen)</translation>
    </message>
    <message>
        <source>Presentation &amp;Screen</source>
        <translation>Prä&amp;sentationsbildschirm</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Tether — presenter console</source>
        <translation>Tether – Referentenansicht</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Timer paused: T resumes</source>
        <translation>Zeit angehalten: T setzt fort</translation>
    </message>
    <message>
        <source>Your notes on this section</source>
        <translation>Ihre Notizen zu diesem Abschnitt</translation>
    </message>
    <message>
        <source>Your own notes on this section (E to type, Esc to stop): saved as you type, never shown to the room.</source>
        <translation>Ihre eigenen Notizen zu diesem Abschnitt (E zum Tippen, Esc zum Beenden): beim Tippen gespeichert, nie dem Raum gezeigt.</translation>
    </message>
    <message>
        <source>Workshop name (optional)</source>
        <translation>Workshop-Name (optional)</translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation>Workshop-Name</translation>
    </message>
    <message>
        <source>On the room’s screen</source>
        <translation>Auf dem Bildschirm des Raums</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Workshop tally</source>
        <translation>Workshop-Auswertung</translation>
    </message>
    <message>
        <source>Export Tally…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Swap Screens (S)</source>
        <translation>Bildschirme tauschen (S)</translation>
    </message>
    <message>
        <source>Checklist (C)</source>
        <translation>Checkliste (C)</translation>
    </message>
    <message>
        <source>Black Screen (B)</source>
        <translation>Schwarzbild (B)</translation>
    </message>
    <message>
        <source>Pause Timer (T)</source>
        <translation>Zeit anhalten (T)</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Tasten (F1)</translation>
    </message>
    <message>
        <source>Stop Presenting (Esc)</source>
        <translation>Präsentation beenden (Esc)</translation>
    </message>
    <message>
        <source>Discussion question: {prompt}</source>
        <translation>Diskussionsfrage: {prompt}</translation>
    </message>
    <message>
        <source>No notes in this section.</source>
        <translation>Keine Notizen in diesem Abschnitt.</translation>
    </message>
    <message>
        <source>Paused: the room sees nothing. When you go on it will see</source>
        <translation>Pausiert: Der Raum sieht nichts. Wenn Sie fortfahren, sieht er</translation>
    </message>
    <message>
        <source>Continue on “{screen}”</source>
        <translation>Auf „{screen}“ fortfahren</translation>
    </message>
    <message>
        <source>Stop Presenting</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Vergangen {time}</translation>
    </message>
    <message>
        <source>Clock {time}</source>
        <translation>Uhr {time}</translation>
    </message>
    <message>
        <source>Resume Timer (T)</source>
        <translation>Zeit fortsetzen (T)</translation>
    </message>
    <message>
        <source>Over {time}</source>
        <translation>Überzogen {time}</translation>
    </message>
    <message>
        <source>Left {time}</source>
        <translation>Übrig {time}</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>End of the article</source>
        <translation>Ende des Artikels</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <source>section {number}/{count} · {checklist}</source>
        <translation>Abschnitt {number}/{count} · {checklist}</translation>
    </message>
    <message>
        <source>section {number}/{count} · page {page}/{pages}</source>
        <translation>Abschnitt {number}/{count} · Seite {page}/{pages}</translation>
    </message>
    <message>
        <source>{title} — Tether presentation</source>
        <translation>{title} – Tether-Präsentation</translation>
    </message>
    <message>
        <source>Presentation for the room</source>
        <translation>Präsentation für den Raum</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: {shown} of %n signs shown</source>
        <translation>
            <numerusform>Checkliste: {shown} von %n Anzeichen gezeigt</numerusform>
            <numerusform>Checkliste: {shown} von %n Anzeichen gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{workshop}: %n signs counted.</source>
        <translation>
            <numerusform>{workshop}: %n Anzeichen gezählt.</numerusform>
            <numerusform>{workshop}: %n Anzeichen gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes are on the presenter console (a second screen).</source>
        <translation>Ihre Notizen sind in der Referentenansicht (auf einem zweiten Bildschirm).</translation>
    </message>
    <message>
        <source>The count could not be saved: {error}</source>
        <translation>Die Zählung konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Counts go to today’s workshop from the first one typed (C, then a number).</source>
        <translation>Zählungen gehen ab der ersten eingegebenen in den heutigen Workshop (C, dann eine Zahl).</translation>
    </message>
    <message>
        <source>The room’s screen “{screen}” was disconnected. Presenting is paused; nothing is shown to the room.</source>
        <translation>Der Bildschirm des Raums „{screen}“ wurde getrennt. Die Präsentation ist pausiert; dem Raum wird nichts gezeigt.</translation>
    </message>
    <message>
        <source>This is the last page.</source>
        <translation>Das ist die letzte Seite.</translation>
    </message>
    <message>
        <source>This is the first page.</source>
        <translation>Das ist die erste Seite.</translation>
    </message>
    <message>
        <source>There is no section {number}; there are {count}.</source>
        <translation>Es gibt keinen Abschnitt {number}; es gibt {count}.</translation>
    </message>
    <message>
        <source>This section has no checklist.</source>
        <translation>Dieser Abschnitt hat keine Checkliste.</translation>
    </message>
    <message>
        <source>checklist {shown}/{total}</source>
        <translation>Checkliste {shown}/{total}</translation>
    </message>
    <message>
        <source>go to section {number}…</source>
        <translation>zu Abschnitt {number}…</translation>
    </message>
    <message>
        <source>The room sees a black screen. Any key brings the page back.</source>
        <translation>Der Raum sieht einen schwarzen Bildschirm. Jede Taste holt die Seite zurück.</translation>
    </message>
    <message>
        <source>The room sees a white screen. Any key brings the page back.</source>
        <translation>Der Raum sieht einen weißen Bildschirm. Jede Taste holt die Seite zurück.</translation>
    </message>
    <message>
        <source>Counting {count} for this sign…</source>
        <translation>Zähle {count} für dieses Anzeichen…</translation>
    </message>
    <message>
        <source>Section {number} of {count}: {title} · page {page} of {pages}</source>
        <translation>Abschnitt {number} von {count}: {title} · Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>noch nicht gezählt</translation>
    </message>
    <message>
        <source>Room’s count for “{sign}”: {count} (type a number, or + / −)</source>
        <translation>Zählung des Raums für „{sign}“: {count} (eine Zahl tippen oder + / −)</translation>
    </message>
    <message>
        <source>Go to section {number}… (Enter)</source>
        <translation>Zu Abschnitt {number}… (Eingabe)</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message numerus="yes">
        <source>{read} of %n sections read</source>
        <translation>
            <numerusform>{read} von %n Abschnitt gelesen</numerusform>
            <numerusform>{read} von %n Abschnitten gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections read</source>
        <translation>
            <numerusform>%n Abschnitt gelesen</numerusform>
            <numerusform>%n Abschnitte gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>How much of the article is above the bottom of the page, and how many sections you have read. A section counts as read once you have stopped with its end on screen.</source>
        <translation>Wie viel des Artikels oberhalb des unteren Seitenrands liegt und wie viele Abschnitte Sie gelesen haben. Ein Abschnitt gilt als gelesen, sobald Sie mit seinem Ende auf dem Bildschirm innegehalten haben.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>{percent}% through</source>
        <translation>Bei {percent} %</translation>
    </message>
</context>
<context>
    <name>ReadingToolBar</name>
    <message>
        <source>More toolbar buttons</source>
        <translation>Weitere Schaltflächen</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No Recent Articles</source>
        <translation>Keine zuletzt geöffneten Artikel</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) that no longer exist(s) from Open Recent: {names}.</source>
        <translation>
            <numerusform>%n Artikel, den es nicht mehr gibt, aus „Zuletzt geöffnet“ entfernt: {names}.</numerusform>
            <numerusform>%n Artikel, die es nicht mehr gibt, aus „Zuletzt geöffnet“ entfernt: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved yet — Tether will keep trying. Your text is safe here.</source>
        <translation>Noch nicht gespeichert – Tether versucht es weiter. Ihr Text ist hier sicher.</translation>
    </message>
    <message>
        <source>Reflection on this section</source>
        <translation>Reflexion zu diesem Abschnitt</translation>
    </message>
    <message>
        <source>Reflection on “{section}”</source>
        <translation>Reflexion zu „{section}“</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>Keine Anregung</translation>
    </message>
    <message>
        <source>Write what this section brings up for you. It saves as you type.</source>
        <translation>Schreiben Sie, was dieser Abschnitt in Ihnen auslöst. Es wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Gespeichert: {when}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Noch nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>ReflectionsModel</name>
    <message>
        <source>Reflection on {section}, {when}: {text}</source>
        <translation>Reflexion zu {section}, {when}: {text}</translation>
    </message>
    <message>
        <source>Section “{id}”</source>
        <translation>Abschnitt „{id}“</translation>
    </message>
    <message>
        <source>Removed section “{id}”</source>
        <translation>Entfernter Abschnitt „{id}“</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <source>Everything is saved again.</source>
        <translation>Alles ist wieder gespeichert.</translation>
    </message>
    <message>
        <source>Tether keeps your changes and tries again every few seconds.</source>
        <translation>Tether behält Ihre Änderungen und versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} {retrying}</source>
        <translation>Noch nicht gespeichert: {reason} {retrying}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>{section}, read</source>
        <translation>{section}, gelesen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the settings file {path} is not an ordinary file (it is a folder, a named pipe, a device or a socket), so Tether does not read it. Tether starts with its default settings and will not save changes to them; rename or remove {path} to let Tether keep its settings again.</source>
        <translation>die Einstellungsdatei {path} ist keine gewöhnliche Datei (sondern ein Ordner, eine benannte Pipe, ein Gerät oder ein Socket), daher liest Tether sie nicht. Tether startet mit den Standardeinstellungen und speichert keine Änderungen daran; benennen Sie {path} um oder entfernen Sie es, damit Tether seine Einstellungen wieder behalten kann.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link to {target}. Tether never writes through links inside its data folder, so it starts with the default settings and will not save any change to them. To keep your settings, replace the link with the file itself (for example, move {target} to {path}) and start Tether again.</source>
        <translation>{path} ist ein symbolischer Link auf {target}. Tether schreibt nie durch Links in seinem Datenordner, daher startet es mit den Standardeinstellungen und speichert keine Änderung daran. Um Ihre Einstellungen zu behalten, ersetzen Sie den Link durch die Datei selbst (verschieben Sie zum Beispiel {target} nach {path}) und starten Sie Tether erneut.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SignsModel</name>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>{group}, {ticked} of %n ticked</source>
        <translation>
            <numerusform>{group}, {ticked} von %n abgehakt</numerusform>
            <numerusform>{group}, {ticked} von %n abgehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{section}: {ticked} of %n ticked</source>
        <translation>
            <numerusform>{section}: {ticked} von %n abgehakt</numerusform>
            <numerusform>{section}: {ticked} von %n abgehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>{sign}, ticked</source>
        <translation>{sign}, abgehakt</translation>
    </message>
    <message>
        <source>{sign}, not ticked</source>
        <translation>{sign}, nicht abgehakt</translation>
    </message>
    <message>
        <source>Last check-in: ticked</source>
        <translation>Letzter Check-in: abgehakt</translation>
    </message>
    <message>
        <source>Last check-in: not ticked</source>
        <translation>Letzter Check-in: nicht abgehakt</translation>
    </message>
</context>
<context>
    <name>SignsTree</name>
    <message>
        <source>Signs</source>
        <translation>Anzeichen</translation>
    </message>
    <message>
        <source>Tick or untick</source>
        <translation>Abhaken oder Haken entfernen</translation>
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
    <name>SpeakerNotes</name>
    <message>
        <source>Speaker Notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>Your speaker notes on this section</source>
        <translation>Ihre Sprechernotizen zu diesem Abschnitt</translation>
    </message>
    <message>
        <source>Your notes for presenting this section. The presenter console shows them; the room never sees them, and they are not among your reflections.</source>
        <translation>Ihre Notizen zum Präsentieren dieses Abschnitts. Die Referentenansicht zeigt sie; das Publikum sieht sie nie, und sie gehören nicht zu Ihren Reflexionen.</translation>
    </message>
    <message>
        <source>Open an article to write speaker notes.</source>
        <translation>Öffnen Sie einen Artikel, um Sprechernotizen zu schreiben.</translation>
    </message>
    <message>
        <source>Notes on “{section}”</source>
        <translation>Notizen zu „{section}“</translation>
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
<context>
    <name>WorkshopTally</name>
    <message>
        <source>Export Workshop Tally</source>
        <translation>Workshop-Auswertung exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>Which workshop’s tally?</source>
        <translation>Die Auswertung welches Workshops?</translation>
    </message>
    <message>
        <source>There is no workshop tally for this article yet. While presenting, press C for a section&apos;s checklist and type how many people recognise each sign.</source>
        <translation>Für diesen Artikel gibt es noch keine Workshop-Auswertung. Drücken Sie beim Präsentieren C für die Checkliste eines Abschnitts und tippen Sie ein, wie viele Personen jedes Anzeichen wiedererkennen.</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Text size {percent}% (the largest)</source>
        <translation>Textgröße {percent} % (die größte)</translation>
    </message>
    <message>
        <source>Text size {percent}% (the smallest)</source>
        <translation>Textgröße {percent} % (die kleinste)</translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>Textgröße {percent} %</translation>
    </message>
</context>
</TS>
