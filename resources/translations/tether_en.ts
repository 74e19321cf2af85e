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
</TS>
