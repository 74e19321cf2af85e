<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArticlePage</name>
    <message>
        <source>This link does not lead anywhere Tether can open.</source>
        <translation>Este enlace no lleva a ningún sitio que Tether pueda abrir.</translation>
    </message>
    <message>
        <source>This link names a file ({name}); Tether follows only web and mail links.</source>
        <translation>Este enlace apunta a un archivo ({name}); Tether solo sigue enlaces web y de correo.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Part of the Article Cannot Be Shown</source>
        <translation>No se puede mostrar parte del artículo</translation>
    </message>
    <message>
        <source>{reason}

Tether shows the sections before the one it could not lay out.</source>
        <translation>{reason}

Tether muestra las secciones anteriores a la que no pudo componer.</translation>
    </message>
    <message>
        <source>Ticked — click to untick</source>
        <translation>Marcada: pulse para desmarcar</translation>
    </message>
    <message>
        <source>Click to tick</source>
        <translation>Pulse para marcar</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>Check-in</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{column}: none</source>
        <translation>{column}: ninguna</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>Double-click to write a one-line note for this check-in</source>
        <translation>Pulse dos veces para escribir una nota de una línea para esta revisión</translation>
    </message>
    <message>
        <source>{date} (current)</source>
        <translation>{date} (actual)</translation>
    </message>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} de {total}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>{date}: ticked</source>
        <translation>{date}: marcada</translation>
    </message>
    <message>
        <source>{date}: not ticked</source>
        <translation>{date}: sin marcar</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Your articles</source>
        <translation>Sus artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled with Tether</source>
        <translation>Incluido con Tether</translation>
    </message>
    <message>
        <source>Your articles folder</source>
        <translation>Su carpeta de artículos</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>{read} of {total} read</source>
        <translation>{read} de {total} leídas</translation>
    </message>
    <message>
        <source>At section {section} of {total}</source>
        <translation>En la sección {section} de {total}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>{file} — Cannot open: {error}</source>
        <translation>{file} — No se puede abrir: {error}</translation>
    </message>
    <message>
        <source>Cannot open: {error}</source>
        <translation>No se puede abrir: {error}</translation>
    </message>
    <message>
        <source>Another file has the same article id, so both share one set of reflections and ticks.</source>
        <translation>Otro archivo tiene el mismo identificador de artículo, así que ambos comparten las mismas reflexiones y marcas.</translation>
    </message>
    <message>
        <source>{file}: cannot open, {error}</source>
        <translation>{file}: no se puede abrir, {error}</translation>
    </message>
    <message>
        <source>Progress: unknown</source>
        <translation>Progreso: desconocido</translation>
    </message>
    <message>
        <source>Progress: {progress}</source>
        <translation>Progreso: {progress}</translation>
    </message>
    <message>
        <source>progress unknown</source>
        <translation>progreso desconocido</translation>
    </message>
    <message>
        <source>bundled with Tether</source>
        <translation>incluido con Tether</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Signs checklist</source>
        <translation>Lista de señales</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>All reflections on this article</source>
        <translation>Todas las reflexiones sobre este artículo</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Tether speaks the new language the next time it starts.</source>
        <translation>Tether mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the page and the panels</source>
        <translation>Colores de la página y de los paneles</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Tipo de letra de lectura</translation>
    </message>
    <message>
        <source>The typeface of the article</source>
        <translation>El tipo de letra del artículo</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>The size of the article&apos;s text, in pixels</source>
        <translation>El tamaño del texto del artículo, en píxeles</translation>
    </message>
    <message>
        <source>Line length</source>
        <translation>Longitud de línea</translation>
    </message>
    <message>
        <source>How many characters a line holds, 55 to 80</source>
        <translation>Cuántos caracteres caben en una línea, de 55 a 80</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>El idioma de los menús, diálogos y mensajes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Tipo de &amp;letra:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Line length:</source>
        <translation>Longitud de &amp;línea:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>{theme} sets the page in {font}; choose another font here to read in that instead.</source>
        <translation>{theme} compone la página en {font}; elija aquí otro tipo de letra para leer con él.</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message numerus="yes">
        <source>{read} of %n sections read</source>
        <translation>
            <numerusform>{read} de %n sección leída</numerusform>
            <numerusform>{read} de %n secciones leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de lectura</translation>
    </message>
    <message>
        <source>How much of the article is above the bottom of the page, and how many sections you have read. A section counts as read once you have stopped with its end on screen.</source>
        <translation>Cuánto del artículo queda por encima del borde inferior de la página y cuántas secciones ha leído. Una sección cuenta como leída cuando se detiene con su final en pantalla.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>{percent}% through</source>
        <translation>Al {percent} %</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet — Tether will keep trying. Your text is safe here.</source>
        <translation>Aún no se ha guardado: Tether seguirá intentándolo. Su texto está a salvo aquí.</translation>
    </message>
    <message>
        <source>Reflection on this section</source>
        <translation>Reflexión sobre esta sección</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Reflection on “{section}”</source>
        <translation>Reflexión sobre «{section}»</translation>
    </message>
    <message>
        <source>Write what this section brings up for you. It saves as you type.</source>
        <translation>Escriba lo que esta sección le despierta. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Guardado: {when}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Aún no hay nada escrito</translation>
    </message>
</context>
<context>
    <name>ReflectionsModel</name>
    <message>
        <source>Reflection on {section}, {when}: {text}</source>
        <translation>Reflexión sobre {section}, {when}: {text}</translation>
    </message>
    <message>
        <source>Removed section “{id}”</source>
        <translation>Sección eliminada «{id}»</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>{section}, read</source>
        <translation>{section}, leída</translation>
    </message>
</context>
<context>
    <name>SignsModel</name>
    <message>
        <source>{ticked} of {total}</source>
        <translation>{ticked} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{group}, {ticked} of %n ticked</source>
        <translation>
            <numerusform>{group}, {ticked} de %n marcada</numerusform>
            <numerusform>{group}, {ticked} de %n marcadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{section}: {ticked} of %n ticked</source>
        <translation>
            <numerusform>{section}: {ticked} de %n marcada</numerusform>
            <numerusform>{section}: {ticked} de %n marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{sign}, ticked</source>
        <translation>{sign}, marcada</translation>
    </message>
    <message>
        <source>{sign}, not ticked</source>
        <translation>{sign}, sin marcar</translation>
    </message>
    <message>
        <source>Last check-in: ticked</source>
        <translation>Última revisión: marcada</translation>
    </message>
    <message>
        <source>Last check-in: not ticked</source>
        <translation>Última revisión: sin marcar</translation>
    </message>
</context>
<context>
    <name>SpeakerNotes</name>
    <message>
        <source>Speaker Notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Your speaker notes on this section</source>
        <translation>Sus notas del orador sobre esta sección</translation>
    </message>
    <message>
        <source>Your notes for presenting this section. The presenter console shows them; the room never sees them, and they are not among your reflections.</source>
        <translation>Sus notas para presentar esta sección. La consola del presentador las muestra; el público nunca las ve y no forman parte de sus reflexiones.</translation>
    </message>
    <message>
        <source>Open an article to write speaker notes.</source>
        <translation>Abra un artículo para escribir notas del orador.</translation>
    </message>
    <message>
        <source>Notes on “{section}”</source>
        <translation>Notas sobre «{section}»</translation>
    </message>
</context>
</TS>
