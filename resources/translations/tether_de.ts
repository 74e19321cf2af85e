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
    <name>ReadingProgress</name>
    <message numerus="yes">
        <source>{read} of %n sections read</source>
        <translation>
            <numerusform>{read} von %n Abschnitt gelesen</numerusform>
            <numerusform>{read} von %n Abschnitten gelesen</numerusform>
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
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Reflection on “{section}”</source>
        <translation>Reflexion zu „{section}“</translation>
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
