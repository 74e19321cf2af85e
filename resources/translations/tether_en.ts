<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckIns</name>
    <message numerus="yes">
        <source>Welcome back — it has been %n days. Start a new check-in to see how your answers have changed; your earlier answers are kept.</source>
        <translation>
            <numerusform>Welcome back — it has been %n day. Start a new check-in to see how your answers have changed; your earlier answers are kept.</numerusform>
            <numerusform>Welcome back — it has been %n days. Start a new check-in to see how your answers have changed; your earlier answers are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back — it has been %n months. Start a new check-in to see how your answers have changed; your earlier answers are kept.</source>
        <translation>
            <numerusform>Welcome back — it has been %n month. Start a new check-in to see how your answers have changed; your earlier answers are kept.</numerusform>
            <numerusform>Welcome back — it has been %n months. Start a new check-in to see how your answers have changed; your earlier answers are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist ticks</source>
        <translation>
            <numerusform>%n checklist tick</numerusform>
            <numerusform>%n checklist ticks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n reading position</numerusform>
            <numerusform>%n reading positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections marked as read</source>
        <translation>
            <numerusform>%n section marked as read</numerusform>
            <numerusform>%n sections marked as read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection versions</source>
        <translation>
            <numerusform>%n reflection version</numerusform>
            <numerusform>%n reflection versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker notes</source>
        <translation>
            <numerusform>%n speaker note</numerusform>
            <numerusform>%n speaker notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop tally rows</source>
        <translation>
            <numerusform>%n workshop tally row</numerusform>
            <numerusform>%n workshop tally rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n check-ins, from {first} to {last}.</source>
        <translation>
            <numerusform>%n check-in, from {first} to {last}.</numerusform>
            <numerusform>%n check-ins, from {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkQuestion</name>
    <message numerus="yes">
        <source>%n characters in all</source>
        <translation>
            <numerusform>%n character in all</numerusform>
            <numerusform>%n characters in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message numerus="yes">
        <source>Checklist: {shown} of %n signs shown</source>
        <translation>
            <numerusform>Checklist: {shown} of %n sign shown</numerusform>
            <numerusform>Checklist: {shown} of %n signs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{workshop}: %n signs counted.</source>
        <translation>
            <numerusform>{workshop}: %n sign counted.</numerusform>
            <numerusform>{workshop}: %n signs counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message numerus="yes">
        <source>{read} of %n sections read</source>
        <translation>
            <numerusform>{read} of %n section read</numerusform>
            <numerusform>{read} of %n sections read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections read</source>
        <translation>
            <numerusform>%n section read</numerusform>
            <numerusform>%n sections read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message numerus="yes">
        <source>Removed %n article(s) that no longer exist(s) from Open Recent: {names}.</source>
        <translation>
            <numerusform>Removed %n article that no longer exists from Open Recent: {names}.</numerusform>
            <numerusform>Removed %n articles that no longer exist from Open Recent: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignsModel</name>
    <message numerus="yes">
        <source>{group}, {ticked} of %n ticked</source>
        <translation>
            <numerusform>{group}, {ticked} of %n ticked</numerusform>
            <numerusform>{group}, {ticked} of %n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{section}: {ticked} of %n ticked</source>
        <translation>
            <numerusform>{section}: {ticked} of %n ticked</numerusform>
            <numerusform>{section}: {ticked} of %n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message numerus="yes">
        <source>Saved the tally of %n signs to {file}.</source>
        <translation>
            <numerusform>Saved the tally of %n sign to {file}.</numerusform>
            <numerusform>Saved the tally of %n signs to {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
