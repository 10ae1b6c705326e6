<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FindDialog</name>
    <message numerus="yes">
        <location filename="../../ui/entry/find_dialog.py" line="175"/>
        <source>%Ln entries found.</source>
        <translation>
            <numerusform>%Ln entry found.</numerusform>
            <numerusform>%Ln entries found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="28"/>
        <source>Would add %Ln new entries, update %1 with a newer copy from the file, and skip %2 the journal already has.</source>
        <translation>
            <numerusform>Would add %Ln new entry, update %1 with a newer copy from the file, and skip %2 the journal already has.</numerusform>
            <numerusform>Would add %Ln new entries, update %1 with a newer copy from the file, and skip %2 the journal already has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="35"/>
        <source>Added %Ln new entries, updated %1 with a newer copy from the file, skipped %2 the journal already has.</source>
        <translation>
            <numerusform>Added %Ln new entry, updated %1 with a newer copy from the file, skipped %2 the journal already has.</numerusform>
            <numerusform>Added %Ln new entries, updated %1 with a newer copy from the file, skipped %2 the journal already has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="45"/>
        <source>Would add %Ln emotions and triggers new to this journal.</source>
        <translation>
            <numerusform>Would add %Ln emotion or trigger new to this journal.</numerusform>
            <numerusform>Would add %Ln emotions and triggers new to this journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="50"/>
        <source>Added %Ln emotions and triggers new to this journal.</source>
        <translation>
            <numerusform>Added %Ln emotion or trigger new to this journal.</numerusform>
            <numerusform>Added %Ln emotions and triggers new to this journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="56"/>
        <source>Would add %Ln weekly reflections, update %1.</source>
        <translation>
            <numerusform>Would add %Ln weekly reflection, update %1.</numerusform>
            <numerusform>Would add %Ln weekly reflections, update %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="60"/>
        <source>Added %Ln weekly reflections, updated %1.</source>
        <translation>
            <numerusform>Added %Ln weekly reflection, updated %1.</numerusform>
            <numerusform>Added %Ln weekly reflections, updated %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../ui/privacy/restore_dialog.py" line="88"/>
        <source>%1 (%2): %Ln entries</source>
        <translation>
            <numerusform>%1 (%2): %Ln entry</numerusform>
            <numerusform>%1 (%2): %Ln entries</numerusform>
        </translation>
    </message>
</context>
</TS>
