<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
