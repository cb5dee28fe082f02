<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="30" />
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="32" />
        <source>Record a message</source>
        <translation>Grabar un mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="34" />
        <source>Send to the mail room</source>
        <translation>Enviar a la oficina de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="36" />
        <source>Add a child</source>
        <translation>Añadir un hijo o una hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="37" />
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ChildFormScreen</name>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="30" />
        <source>Add a child</source>
        <translation>Añadir un hijo o una hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="34" />
        <location filename="../../letterbox/ui/child_form.py" line="53" />
        <source>Child's name</source>
        <translation>Nombre del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="37" />
        <source>under 1</source>
        <translation>menos de 1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="38" />
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="40" />
        <source>YYYY-MM-DD, if you know it</source>
        <translation>AAAA-MM-DD, si la sabe</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="41" />
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="44" />
        <source>Dad, Mum, Papá, Grandma…</source>
        <translation>Papá, Mamá, Abuela…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="45" />
        <source>What does the child call you?</source>
        <translation>¿Cómo le llama el niño o la niña?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="48" />
        <source>Who looks after the child?</source>
        <translation>¿Quién cuida al niño o la niña?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="52" />
        <source>Carer's postal address</source>
        <translation>Dirección postal de quien lo cuida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="56" />
        <source>Staff will check that contact is approved before anything is sent.</source>
        <translation>El personal comprobará que el contacto está aprobado antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="65" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="89" />
        <source>The child could not be saved. Please ask staff.</source>
        <translation>No se pudo guardar. Por favor, pida ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="79" />
        <source>Who is this letter for?</source>
        <translation>¿Para quién es esta carta?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="85" />
        <source>You have no children on your profile yet. Go back and choose “Add a child”.</source>
        <translation>Todavía no hay niños en su perfil. Vuelva atrás y elija “Añadir un niño”.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="224" />
        <source>Make your profile</source>
        <translation>Crear su perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="226" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="227" />
        <source>Your ID or prison number</source>
        <translation>Su número de identificación o de preso</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="228" />
        <source>Wing and cell (if you have one)</source>
        <translation>Módulo y celda (si tiene)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="229" />
        <source>Prison or facility</source>
        <translation>Prisión o centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="233" />
        <location filename="../../letterbox/ui/signin.py" line="234" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="235" />
        <source>Choose a PIN (4 to 8 numbers)</source>
        <translation>Elija un PIN (de 4 a 8 números)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="237" />
        <source>Type the PIN again</source>
        <translation>Escriba el PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="243" />
        <source>Make my profile</source>
        <translation>Crear mi perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="263" />
        <source>The two PINs are different. Please type them again.</source>
        <translation>Los dos PIN son distintos. Por favor, escríbalos otra vez.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="284" />
        <source>Your profile could not be saved. Please ask staff for help. Nothing you typed was lost.</source>
        <translation>No se pudo guardar su perfil. Por favor, pida ayuda al personal. No se perdió nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <location filename="../../letterbox/writing/autosave.py" line="162" />
        <source>The computer's disk is full, so your letter could not be saved just now. Please ask staff to make room.</source>
        <translation>El disco de la computadora está lleno y su carta no se pudo guardar ahora. Por favor, pida al personal que libere espacio.</translation>
    </message>
    <message>
        <location filename="../../letterbox/writing/autosave.py" line="166" />
        <source>Your letter could not be saved just now (%1). Letterbox will try again when you carry on. Please tell staff.</source>
        <translation>Su carta no se pudo guardar ahora (%1). Letterbox lo intentará otra vez cuando siga escribiendo. Por favor, avise al personal.</translation>
    </message>
</context>
<context>
    <name>EchoView</name>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="60" />
        <source>For the reviewer: anything you said that is not in the story text.</source>
        <translation>Para quien revisa: todo lo que dijo que no está en el texto del cuento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="71" />
        <source>Choose a story, or type or paste one here, or load it from a file. A staff member can help. The computer will read it to you one short line at a time, and you say each line after it.</source>
        <translation>Elija un cuento, o escríbalo o péguelo aquí, o cárguelo de un archivo. Alguien del personal le puede ayudar. La computadora se lo leerá en líneas cortas, y usted repite cada línea después.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="77" />
        <source>Story text</source>
        <translation>Texto del cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="80" />
        <source>&amp;Choose a story</source>
        <translation>&amp;Elegir un cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="83" />
        <source>&amp;Load from a file</source>
        <translation>&amp;Cargar desde un archivo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="85" />
        <source>&amp;Make lines</source>
        <translation>&amp;Hacer líneas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="97" />
        <source>That file is too long for one recording.</source>
        <translation>Ese archivo es demasiado largo para una grabación.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="102" />
        <source>That file could not be used: %1</source>
        <translation>No se pudo usar ese archivo: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="117" />
        <source>There are no stories in this language yet. Please ask staff.</source>
        <translation>Todavía no hay cuentos en este idioma. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="131" />
        <source>Choose a story</source>
        <translation>Elegir un cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="132" />
        <source>Which story will you read?</source>
        <translation>¿Qué cuento va a leer?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="139" />
        <source>Load a story</source>
        <translation>Cargar un cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="140" />
        <source>Text files (*.txt *.md)</source>
        <translation>Archivos de texto (*.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="148" />
        <source>There is no text yet. Type or paste the story first.</source>
        <translation>Todavía no hay texto. Primero escriba o pegue el cuento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="153" />
        <source>The story is long: the first %1 lines are used. Make a second recording for the rest.</source>
        <translation>El cuento es largo: se usan las primeras %1 líneas. Haga una segunda grabación para el resto.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="168" />
        <source>Lines of the story</source>
        <translation>Líneas del cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="172" />
        <source>Change the &amp;text</source>
        <translation>Cambiar el &amp;texto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="178" />
        <source>The line to say</source>
        <translation>La línea que va a decir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="183" />
        <source>&amp;Listen, then say it</source>
        <translation>&amp;Escuchar y luego decirla</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="188" />
        <source>&amp;Hear it again</source>
        <translation>&amp;Oírla otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="189" />
        <source>&amp;Play my line</source>
        <translation>Escuchar &amp;mi línea</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="254" />
        <source>Line %1 of %2. %3 done. Press “Listen, then say it”.</source>
        <translation>Línea %1 de %2. %3 hechas. Pulse «Escuchar y luego decirla».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="257" />
        <source>Listen… (nothing is recorded while the computer reads)</source>
        <translation>Escuche… (no se graba nada mientras la computadora lee)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="258" />
        <source>Your turn: say the line, then press Stop.</source>
        <translation>Su turno: diga la línea y luego pulse Parar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="259" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="53" />
        <location filename="../../letterbox/ui/letter_editor.py" line="57" />
        <source>Your whole letter</source>
        <translation>Su carta completa</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="63" />
        <source>Length of the letter</source>
        <translation>Largo de la carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="66" />
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="68" />
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="70" />
        <source>Check my letter</source>
        <translation>Revisar mi carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="99" />
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="100" />
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="103" />
        <source>about 1 page</source>
        <translation>más o menos 1 página</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="104" />
        <source>about %1 pages</source>
        <translation>más o menos %1 páginas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="109" />
        <source>the mail room here takes at most %1, so please make it shorter</source>
        <translation>la oficina de correo de aquí acepta como máximo %1, así que acórtela, por favor</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="112" />
        <source>the limit here is %1</source>
        <translation>el límite aquí es %1</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="103" />
        <location filename="../../letterbox/ui/export_view.py" line="123" />
        <source>Send to the mail room</source>
        <translation>Enviar a la oficina de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="108" />
        <source>Your letters and recordings</source>
        <translation>Sus cartas y grabaciones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="114" />
        <source>Export status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="119" />
        <source>Export progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="127" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="148" />
        <source>Exports cannot run: %1. Please ask staff.</source>
        <translation>No se puede enviar: %1. Por favor, pide ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="151" />
        <source>Facility rules: %1</source>
        <translation>Reglas del centro: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="155" />
        <location filename="../../letterbox/ui/export_view.py" line="171" />
        <source>Letter to %1</source>
        <translation>Carta para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="156" />
        <location filename="../../letterbox/ui/export_view.py" line="159" />
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="158" />
        <location filename="../../letterbox/ui/export_view.py" line="172" />
        <source>Recording for %1</source>
        <translation>Grabación para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="162" />
        <source>Cannot be sent: %1</source>
        <translation>No se puede enviar: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="164" />
        <source>With the mail room</source>
        <translation>En la oficina de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="166" />
        <source>Nothing is ready yet. When a letter or recording is ready for review, it shows here.</source>
        <translation>Todavía no hay nada listo. Cuando una carta o grabación esté lista para revisar, aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="181" />
        <source>Where should the packet go?</source>
        <translation>¿Dónde se guarda el paquete?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="200" />
        <source>Making the packet…</source>
        <translation>Preparando el paquete…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="224" />
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="238" />
        <source>Sent to the mail room: %1 items.</source>
        <translation>Enviado a la oficina de correo: %1 elementos.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="240" />
        <source>Saved in %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="242" />
        <source>Not sent: %1 — %2</source>
        <translation>No enviado: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="253" />
        <source>Cancelled. Nothing was sent; your items are still ready for review.</source>
        <translation>Cancelado. No se envió nada; tus cartas y grabaciones siguen listas para revisar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/export_view.py" line="256" />
        <source>The packet could not be made. Nothing was sent and nothing was lost. Please ask staff.</source>
        <translation>No se pudo preparar el paquete. No se envió nada y no se perdió nada. Por favor, pide ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="130" />
        <source>Earlier versions of this letter</source>
        <translation>Versiones anteriores de esta carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="133" />
        <source>Choose a version to see it. Bringing one back keeps the letter you have now as a version too.</source>
        <translation>Elija una versión para verla. Si recupera una, la carta que tiene ahora también se guarda como versión.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="140" />
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="148" />
        <source>The chosen version</source>
        <translation>La versión elegida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="152" />
        <source>Back to my letter</source>
        <translation>Volver a mi carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="154" />
        <source>Bring this version back</source>
        <translation>Recuperar esta versión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="166" />
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../letterbox/ui/home.py" line="67" />
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="87" />
        <location filename="../../letterbox/ui/home.py" line="89" />
        <source>Your children</source>
        <translation>Sus hijos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="94" />
        <location filename="../../letterbox/ui/home.py" line="96" />
        <source>Your letters and recordings</source>
        <translation>Sus cartas y grabaciones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="128" />
        <source>Letter to %1</source>
        <translation>Carta para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="128" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="135" />
        <source>Recording for %1</source>
        <translation>Grabación para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="135" />
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="141" />
        <source>Nothing yet. Start with “Write a letter”.</source>
        <translation>Todavía nada. Empiece con «Escribir una carta».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="157" />
        <source>age unknown</source>
        <translation>edad desconocida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="157" />
        <source>age %1</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="161" />
        <source>contact approved</source>
        <translation>contacto aprobado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="162" />
        <source>waiting for staff to approve contact</source>
        <translation>esperando que el personal apruebe el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="163" />
        <source>contact not permitted</source>
        <translation>contacto no permitido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="167" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="167" />
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="168" />
        <source>With the mail room</source>
        <translation>En la oficina de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="169" />
        <source>Returned — please look</source>
        <translation>Devuelta — por favor, revísela</translation>
    </message>
</context>
<context>
    <name>InterruptedTakes</name>
    <message>
        <location filename="../../letterbox/ui/recovery.py" line="56" />
        <source>A recording was interrupted</source>
        <translation>Una grabación se interrumpió</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recovery.py" line="57" />
        <source>A recording was interrupted (%1 long). Keep it?</source>
        <translation>Una grabación se interrumpió (dura %1). ¿Quiere conservarla?</translation>
    </message>
</context>
<context>
    <name>LetterFlowScreen</name>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="86" />
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="90" />
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="103" />
        <source>Getting your letter ready…</source>
        <translation>Preparando su carta…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="106" />
        <source>What would you like to write about?</source>
        <translation>¿Sobre qué le gustaría escribir?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="108" />
        <source>Which of these fits best?</source>
        <translation>¿Cuál de estas encaja mejor?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="150" />
        <source>This letter could not be opened. Nothing was changed. Please go back and try again, or ask staff.</source>
        <translation>No se pudo abrir esta carta. No se cambió nada. Vuelva atrás e inténtelo de nuevo, o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="169" />
        <source>This letter is with the mail room, so it cannot be changed now.</source>
        <translation>Esta carta está en la oficina de correo, así que ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="174" />
        <source>The mail room sent this letter back: %1</source>
        <translation>La oficina de correo devolvió esta carta: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="199" />
        <source>Write freely, without questions</source>
        <translation>Escribir libremente, sin preguntas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="201" />
        <source>What would you like to write to %1 about?</source>
        <translation>¿Sobre qué le gustaría escribirle a %1?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="249" />
        <source>How would you like to start?</source>
        <translation>¿Cómo le gustaría empezar?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="253" />
        <source>How would you like to end?</source>
        <translation>¿Cómo le gustaría terminar?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="283" />
        <source>This letter was already sent for review. If you change it, send it again when you are done.</source>
        <translation>Esta carta ya se envió para revisión. Si la cambia, envíela otra vez cuando termine.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="339" />
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="343" />
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="344" />
        <source>Your words are still here.</source>
        <translation>Sus palabras siguen aquí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="372" />
        <source>Dear</source>
        <translation>Querido/a</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="385" />
        <source>A letter to %1</source>
        <translation>Una carta para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="391" />
        <source>Staff must approve contact with %1 before this letter can be sent. You can still write it now; it will be kept safe.</source>
        <translation>El personal debe aprobar el contacto con %1 antes de poder enviar esta carta. Puede escribirla ahora; se guardará de forma segura.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="396" />
        <source>waiting for staff to approve contact</source>
        <translation>esperando que el personal apruebe el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="397" />
        <source>contact not approved yet</source>
        <translation>contacto aún no aprobado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="82" />
        <source>This letter is too long to send. Please make it shorter or split it into two letters. Your words are still here.</source>
        <translation>Esta carta es demasiado larga para enviarla. Acórtela o divídala en dos cartas. Sus palabras siguen aquí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="87" />
        <source>The letter is empty. Write a few words first.</source>
        <translation>La carta está vacía. Escriba primero unas palabras.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="130" />
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="131" />
        <source>Your letter is ready for review. Staff will check it before it is sent. You can still read it from your home screen.</source>
        <translation>Su carta está lista para revisión. El personal la revisará antes de enviarla. Puede seguir leyéndola desde su pantalla de inicio.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="138" />
        <source>Letterbox could not send this for review just now. Your letter is saved. Please try again, or ask staff.</source>
        <translation>Letterbox no pudo enviarla a revisión ahora. Su carta está guardada. Inténtelo de nuevo o pida ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../letterbox/store/letters.py" line="177" />
        <source>This letter is %1 characters long; the most Letterbox keeps is %2. Nothing was lost: please split it into two letters.</source>
        <translation>Esta carta tiene %1 caracteres; Letterbox guarda como máximo %2. No se perdió nada: por favor, divídala en dos cartas.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../letterbox/ui/widgets/level_meter.py" line="35" />
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="191" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="192" />
        <source>Letterbox could not finish that. Nothing you wrote was lost. If it happens again, please ask staff.</source>
        <translation>Letterbox no pudo terminar eso. No se perdió nada de lo que escribió. Si vuelve a pasar, por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="198" />
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="199" />
        <source>Delete it</source>
        <translation>Borrarla</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="34" />
        <source>Your takes (the one marked ✓ is sent):</source>
        <translation>Sus tomas (se envía la marcada con ✓):</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="36" />
        <source>Your takes</source>
        <translation>Sus tomas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="40" />
        <source>P&amp;lay</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="41" />
        <source>&amp;Send this one</source>
        <translation>Enviar &amp;esta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="42" />
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="49" />
        <source>For the reviewer: what you say in this message (a short summary is fine).</source>
        <translation>Para quien revisa: lo que dice en este mensaje (basta con un resumen corto).</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="74" />
        <source>Take %1</source>
        <translation>Toma %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="81" />
        <source>&amp;Record again</source>
        <translation>&amp;Grabar otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="82" />
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="109" />
        <source>Delete this take?</source>
        <translation>¿Borrar esta toma?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="110" />
        <source>Take %1 will be deleted for good.</source>
        <translation>La toma %1 se borrará para siempre.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="120" />
        <source>Playing %1 of %2</source>
        <translation>Sonando %1 de %2</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../letterbox/audio/playback.py" line="42" />
        <source>This recording's sound file is missing.</source>
        <translation>Falta el archivo de sonido de esta grabación.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/playback.py" line="45" />
        <source>This computer has no speakers or headphones connected, so the recording cannot be played. It is saved. Please ask staff.</source>
        <translation>Esta computadora no tiene altavoces ni auriculares conectados, así que no se puede escuchar la grabación. Está guardada. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/playback.py" line="80" />
        <source>The recording could not be played (%1).</source>
        <translation>No se pudo escuchar la grabación (%1).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="81" />
        <source>A PIN is %1 to %2 numbers.</source>
        <translation>Un PIN tiene de %1 a %2 números.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="89" />
        <source>Please fill in: %1.</source>
        <translation>Por favor, complete: %1.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="92" />
        <source>%1: at most %2 characters, please.</source>
        <translation>%1: como máximo %2 caracteres, por favor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="108" />
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="109" />
        <source>ID number</source>
        <translation>número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="112" />
        <source>wing and cell</source>
        <translation>módulo y celda</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="114" />
        <source>facility</source>
        <translation>centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="117" />
        <location filename="../../letterbox/store/profiles.py" line="175" />
        <source>Language must be English or Spanish.</source>
        <translation>El idioma debe ser inglés o español.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="131" />
        <source>A profile with this ID number already exists. Ask staff for help.</source>
        <translation>Ya existe un perfil con este número. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="186" />
        <source>child's name</source>
        <translation>nombre del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="192" />
        <source>Please write the birth date as YYYY-MM-DD.</source>
        <translation>Por favor, escriba la fecha de nacimiento así: AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="195" />
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="198" />
        <source>The age must be between 0 and 25.</source>
        <translation>La edad debe estar entre 0 y 25.</translation>
    </message>
    <message>
        <location filename="../../letterbox/store/profiles.py" line="211" />
        <source>carer's name</source>
        <translation>nombre de quien lo cuida</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="22" />
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="50" />
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="41" />
        <source>Cannot read aloud</source>
        <translation>No se puede leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="47" />
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="33" />
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="35" />
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="81" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="36" />
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="43" />
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="72" />
        <source>Ready to record.</source>
        <translation>Listo para grabar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="47" />
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="73" />
        <source>Starting the microphone…</source>
        <translation>Encendiendo el micrófono…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="74" />
        <source>Recording — speak now.</source>
        <translation>Grabando: hable ahora.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="75" />
        <source>Paused. Press Resume to carry on.</source>
        <translation>En pausa. Pulse Seguir para continuar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="76" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="81" />
        <source>&amp;Resume</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="95" />
        <source>%1 recorded · %2 left</source>
        <translation>%1 grabado · quedan %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="99" />
        <source>%1 recorded</source>
        <translation>%1 grabado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="103" />
        <source>We can't hear you — move closer to the microphone.</source>
        <translation>No le oímos: acérquese al micrófono.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="104" />
        <source>Too loud — move back from the microphone a little.</source>
        <translation>Demasiado fuerte: aléjese un poco del micrófono.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="105" />
        <source>Less than 30 seconds left.</source>
        <translation>Quedan menos de 30 segundos.</translation>
    </message>
</context>
<context>
    <name>RecordingScreen</name>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="50" />
        <source>Record for your child</source>
        <translation>Grabar para su hijo o hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="54" />
        <source>Checking the microphone…</source>
        <translation>Comprobando el micrófono…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="58" />
        <source>Playing</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="78" />
        <source>Recording is not possible</source>
        <translation>No se puede grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="79" />
        <source>Contact with %1 has not been approved, so nothing can be recorded for them. Please talk to staff.</source>
        <translation>El contacto con %1 no está aprobado, así que no se puede grabar nada para esa persona. Hable con el personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="84" />
        <source>Not found</source>
        <translation>No encontrada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="84" />
        <source>This recording is not yours.</source>
        <translation>Esta grabación no es suya.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="94" />
        <source>The recording could not be opened.</source>
        <translation>No se pudo abrir la grabación.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="101" />
        <source>Recording is not working on this computer right now.</source>
        <translation>Ahora mismo no se puede grabar en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="105" />
        <source>What staff can do: </source>
        <translation>Lo que puede hacer el personal: </translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="106" />
        <source>You can still write a letter. Nothing you have written or recorded is lost.</source>
        <translation>Puede seguir escribiendo cartas. No se ha perdido nada de lo que escribió o grabó.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="113" />
        <source>Back to my letters</source>
        <translation>Volver a mis cartas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="128" />
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="140" />
        <source>What would you like to record for %1?</source>
        <translation>¿Qué le gustaría grabar para %1?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="141" />
        <source>What would you like to record?</source>
        <translation>¿Qué le gustaría grabar?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="147" />
        <source>A &amp;message</source>
        <translation>Un &amp;mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="148" />
        <source>Talk to your child. Record as many takes as you like and send the best one.</source>
        <translation>Hable con su hijo o hija. Grabe las tomas que quiera y envíe la mejor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="150" />
        <source>A &amp;bedtime story</source>
        <translation>Un &amp;cuento para dormir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="151" />
        <source>Read a book page by page. You can redo any page.</source>
        <translation>Lea un libro página a página. Puede repetir cualquier página.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="152" />
        <source>&amp;Echo reading</source>
        <translation>Lectura en &amp;eco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="153" />
        <source>The computer reads a story one line at a time and you say each line after it. Only your voice is recorded.</source>
        <translation>La computadora lee un cuento línea a línea y usted repite cada línea. Solo se graba su voz.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="188" />
        <source>A message</source>
        <translation>Un mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="188" />
        <source>A bedtime story</source>
        <translation>Un cuento para dormir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="189" />
        <source>Echo reading</source>
        <translation>Lectura en eco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="192" />
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="206" />
        <location filename="../../letterbox/ui/recording_view.py" line="210" />
        <source>Recording stopped</source>
        <translation>La grabación se detuvo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="211" />
        <source>The computer could not save more sound (the disk may be full). What you recorded until then is kept. Please ask staff to run “letterbox doctor”.</source>
        <translation>La computadora no pudo guardar más sonido (puede que el disco esté lleno). Lo que grabó hasta ese momento se guarda. Por favor, pida al personal que ejecute «letterbox doctor».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="215" />
        <source>The microphone stopped</source>
        <translation>El micrófono dejó de funcionar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="216" />
        <source>The microphone stopped sending sound (is it unplugged?). What you recorded until then is kept.</source>
        <translation>El micrófono dejó de enviar sonido (¿está desconectado?). Lo que grabó hasta entonces se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="219" />
        <source>Some sound may be missing</source>
        <translation>Puede faltar algo de sonido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="220" />
        <source>The computer was too busy and missed a little of the sound. Please listen to the recording, and record it again if something is missing.</source>
        <translation>La computadora estaba muy ocupada y perdió un poco del sonido. Escuche la grabación y vuelva a grabarla si falta algo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="223" />
        <source>That is the longest a recording can be</source>
        <translation>Esa es la duración máxima de una grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="224" />
        <source>The recording stopped at the maximum length and is kept.</source>
        <translation>La grabación se detuvo al llegar a la duración máxima y se ha guardado.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="47" />
        <source>Check your letter</source>
        <translation>Revise su carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="56" />
        <source>Your letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="64" />
        <source>Things to look at</source>
        <translation>Cosas para revisar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="70" />
        <source>Change it</source>
        <translation>Cambiarla</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="72" />
        <location filename="../../letterbox/ui/letter_review.py" line="93" />
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="86" />
        <source>Your letter is %1. A few parts might stop the mail room sending it. Have a look — you can change them, or send it as it is.</source>
        <translation>Su carta tiene %1. Algunas partes podrían hacer que la oficina de correo no la envíe. Écheles un vistazo: puede cambiarlas o enviarla tal como está.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="89" />
        <source>Send for review anyway</source>
        <translation>Enviar a revisión de todos modos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="91" />
        <source>Your letter is %1. Nothing here looks like a problem for the mail room.</source>
        <translation>Su carta tiene %1. Nada aquí parece un problema para la oficina de correo.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../letterbox/ui/screen.py" line="57" />
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="56" />
        <source>Welcome to Letterbox</source>
        <translation>Bienvenido a Letterbox</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="57" />
        <source>Find your name, then press Enter.</source>
        <translation>Busque su nombre y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="61" />
        <source>Type part of your name</source>
        <translation>Escriba parte de su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="62" />
        <source>Search names</source>
        <translation>Buscar nombres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="67" />
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="70" />
        <source>No profiles yet. Press “I am new here”.</source>
        <translation>Todavía no hay perfiles. Pulse «Soy nuevo aquí».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="74" />
        <source>I am new here</source>
        <translation>Soy nuevo aquí</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="119" />
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="132" />
        <source>Type your PIN, then press Enter.</source>
        <translation>Escriba su PIN y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="136" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="142" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="146" />
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="154" />
        <source>That is not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="183" />
        <location filename="../../letterbox/ui/signin.py" line="206" />
        <source>Too many tries. Please wait %1 seconds, or ask staff for help.</source>
        <translation>Demasiados intentos. Por favor, espere %1 segundos o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="187" />
        <source>Please type your PIN.</source>
        <translation>Por favor, escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="210" />
        <source>That PIN did not match. Please try again, or ask staff to reset it.</source>
        <translation>Ese PIN no es correcto. Inténtelo otra vez o pida al personal que lo cambie.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="147" />
        <source>The reading voice is still starting. Please try again in a moment.</source>
        <translation>La voz lectora todavía se está iniciando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="150" />
        <source>Reading aloud is not installed on this computer. Please ask staff.</source>
        <translation>La lectura en voz alta no está instalada en esta computadora. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="152" />
        <source>This computer has no voice to read aloud. Please ask staff to run “letterbox doctor”.</source>
        <translation>Esta computadora no tiene voz para leer en voz alta. Por favor, pida al personal que ejecute «letterbox doctor».</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="156" />
        <source>There is no voice for this language on this computer.</source>
        <translation>No hay voz para este idioma en esta computadora.</translation>
    </message>
</context>
<context>
    <name>SpellEdit</name>
    <message>
        <location filename="../../letterbox/ui/widgets/spell_edit.py" line="213" />
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/spell_edit.py" line="217" />
        <source>“%1” is right: add it to my words</source>
        <translation>“%1” está bien escrita: añadirla a mis palabras</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="180" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="182" />
        <location filename="../../letterbox/ui/letter_steps.py" line="240" />
        <source>Tap one to add it, then keep writing:</source>
        <translation>Toque una para añadirla y siga escribiendo:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="188" />
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="193" />
        <source>You have already changed the whole letter, so answers here are not added to it. Go on to the letter to change it there.</source>
        <translation>Ya cambió la carta completa, así que las respuestas de aquí no se añaden. Siga hasta la carta para cambiarla allí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="199" />
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="201" />
        <source>Skip this one</source>
        <translation>Saltar esta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="203" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="218" />
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="231" />
        <source>Use these words</source>
        <translation>Usar estas palabras</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="234" />
        <source>Adds these words where the cursor is</source>
        <translation>Añade estas palabras donde está el cursor</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="239" />
        <source>Tap one to use it, or write your own:</source>
        <translation>Toque una para usarla, o escriba la suya:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="260" />
        <source>You could start with:</source>
        <translation>Podría empezar con:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="264" />
        <source>You wrote:</source>
        <translation>Usted escribió:</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="40" />
        <source>Book title:</source>
        <translation>Título del libro:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="43" />
        <source>Book title</source>
        <translation>Título del libro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="44" />
        <source>For example: The Gruffalo</source>
        <translation>Por ejemplo: El Grúfalo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="51" />
        <source>Introduction and pages</source>
        <translation>Introducción y páginas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="56" />
        <source>P&amp;lay</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="57" />
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="77" />
        <source>For the reviewer: the book and anything you add in your own words.</source>
        <translation>Para quien revisa: el libro y lo que añada con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="119" />
        <source>Introduction (optional)</source>
        <translation>Introducción (opcional)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="120" />
        <location filename="../../letterbox/ui/record_story.py" line="150" />
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="122" />
        <source>not recorded yet</source>
        <translation>aún sin grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="141" />
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="143" />
        <source>Dad</source>
        <translation>Papá</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="144" />
        <source>Say who you are and what you will read, for example: “This is %1, reading %2 for you, %3.”</source>
        <translation>Diga quién es y qué va a leer, por ejemplo: «Soy %1 y leo %2 para ti, %3».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="151" />
        <source>Read the page, then press Stop. Then turn the page and press Record for the next one.</source>
        <translation>Lea la página y luego pulse Parar. Después pase la página y pulse Grabar para la siguiente.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="153" />
        <source>&amp;Record again</source>
        <translation>&amp;Grabar otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="154" />
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="167" />
        <source>Delete this page?</source>
        <translation>¿Borrar esta página?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="168" />
        <source>The recording of this page will be deleted for good.</source>
        <translation>La grabación de esta página se borrará para siempre.</translation>
    </message>
</context>
</TS>