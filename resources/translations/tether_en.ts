<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>ReadingProgress</name>
    <message numerus="yes">
        <source>{read} of %n sections read</source>
        <translation>
            <numerusform>{read} of %n section read</numerusform>
            <numerusform>{read} of %n sections read</numerusform>
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
</TS>
