<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>SectionsModel</name>
    <message>
        <source>{section}, read</source>
        <translation>{section}, gelesen</translation>
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
</TS>
