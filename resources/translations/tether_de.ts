<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
</context>
<context>
    <name>CommandLine</name>
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
    <message numerus="yes">
        <source>%n check-ins, from {first} to {last}.</source>
        <translation>
            <numerusform>%n Check-in, vom {first} bis zum {last}.</numerusform>
            <numerusform>%n Check-ins, vom {first} bis zum {last}.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>{workshop}: %n signs counted.</source>
        <translation>
            <numerusform>{workshop}: %n Anzeichen gezählt.</numerusform>
            <numerusform>{workshop}: %n Anzeichen gezählt.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Checklist: {shown} of %n signs shown</source>
        <translation>
            <numerusform>Checkliste: {shown} von %n Anzeichen gezeigt</numerusform>
            <numerusform>Checkliste: {shown} von %n Anzeichen gezeigt</numerusform>
        </translation>
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
</TS>
