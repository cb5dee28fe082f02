<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="30"/>
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="32"/>
        <source>Record a message</source>
        <translation>Grabar un mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="34"/>
        <source>Add a child</source>
        <translation>Añadir un hijo o una hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/actions.py" line="35"/>
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="36"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="36"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="37"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="37"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="38"/>
        <source>Check-in questions</source>
        <translation>Preguntas de seguimiento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="42"/>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="139"/>
        <source>Stop asking</source>
        <translation>Dejar de preguntar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="45"/>
        <source>New question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="49"/>
        <source>How confident do you feel about staying in touch with your children?</source>
        <translation>¿Cuánta confianza tiene en mantener el contacto con sus hijos?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="50"/>
        <source>English:</source>
        <translation>Inglés:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="52"/>
        <source>Spanish:</source>
        <translation>Español:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="59"/>
        <source>Lowest answer</source>
        <translation>Respuesta más baja</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="60"/>
        <source>Highest answer</source>
        <translation>Respuesta más alta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="61"/>
        <source>Scale from / to:</source>
        <translation>Escala de / a:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="65"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="66"/>
        <source>Ask again after:</source>
        <translation>Volver a preguntar tras:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="68"/>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="78"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="78"/>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="78"/>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="79"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="79"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="80"/>
        <source>Changes per parent</source>
        <translation>Cambios por padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="89"/>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="90"/>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="90"/>
        <source>asked</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="107"/>
        <source>No check-in question yet.</source>
        <translation>Todavía no hay ninguna pregunta de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="109"/>
        <source>Nobody has answered twice yet.</source>
        <translation>Todavía nadie ha respondido dos veces.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="112"/>
        <source>Average change: %1 (parents who answered twice or more: %2)</source>
        <translation>Cambio medio: %1 (padres y madres que respondieron dos veces o más: %2)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="128"/>
        <source>Question added: parents are asked at their next sign-in.</source>
        <translation>Pregunta añadida: se hará a los padres y madres la próxima vez que entren.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="140"/>
        <source>Stop asking this question? The answers stay in the report.</source>
        <translation>¿Dejar de hacer esta pregunta? Las respuestas se quedan en el informe.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report_checkins.py" line="145"/>
        <source>The question is no longer asked.</source>
        <translation>Esta pregunta ya no se hace.</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../../letterbox/ui/checkin.py" line="37"/>
        <source>A quick question</source>
        <translation>Una pregunta rápida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/checkin.py" line="39"/>
        <source>Tap a number. There is no right or wrong answer.</source>
        <translation>Toque un número. No hay respuestas buenas ni malas.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/checkin.py" line="53"/>
        <source>Answer %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/checkin.py" line="59"/>
        <source>%1 = low</source>
        <translation>%1 = poco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/checkin.py" line="61"/>
        <source>%1 = high</source>
        <translation>%1 = mucho</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/checkin.py" line="64"/>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
</context>
<context>
    <name>ChildFormScreen</name>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="46"/>
        <source>Add a child</source>
        <translation>Añadir un hijo o una hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="49"/>
        <source>Child&apos;s name</source>
        <translation>Nombre del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="34"/>
        <source>under 1</source>
        <translation>menos de 1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="50"/>
        <location filename="../../letterbox/ui/child_form.py" line="52"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="53"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="58"/>
        <source>Dad, Mum, Papá, Grandma…</source>
        <translation>Papá, Mamá, Abuela…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="57"/>
        <source>What does the child call you?</source>
        <translation>¿Cómo le llama el niño o la niña?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="54"/>
        <source>Birthday, if you know it</source>
        <translation>Cumpleaños, si lo sabe</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="59"/>
        <source>Who looks after the child?</source>
        <translation>¿Quién cuida al niño o la niña?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="63"/>
        <location filename="../../letterbox/ui/child_form.py" line="64"/>
        <source>Carer&apos;s postal address</source>
        <translation>Dirección postal de quien lo cuida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="67"/>
        <source>Staff will check that contact is approved before anything is sent.</source>
        <translation>El personal comprobará que el contacto está aprobado antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="76"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="131"/>
        <source>The child could not be saved. Please ask staff.</source>
        <translation>No se pudo guardar. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="139"/>
        <source>You chose the age %1, but a child born on %2 is %3 today. Which one is right?</source>
        <translation>Ha elegido la edad %1, pero un niño o una niña que nació el %2 tiene hoy %3 años. ¿Cuál es la correcta?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="144"/>
        <source>Age or birthday?</source>
        <translation>¿Edad o cumpleaños?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="145"/>
        <source>The age is right: %1</source>
        <translation>La edad es correcta: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/child_form.py" line="146"/>
        <source>The birthday is right: %1</source>
        <translation>El cumpleaños es correcto: %1</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="108"/>
        <source>Who is this letter for?</source>
        <translation>¿Para quién es esta carta?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="116"/>
        <source>You have no children on your profile yet. Go back and choose “%1”.</source>
        <translation>Todavía no hay niños en su perfil. Vuelva atrás y elija “%1”.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="158"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="56"/>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="56"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="56"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="57"/>
        <location filename="../../letterbox/ui/staff/contacts.py" line="225"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="57"/>
        <location filename="../../letterbox/ui/staff/contacts.py" line="66"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="58"/>
        <location filename="../../letterbox/ui/staff/contacts.py" line="225"/>
        <source>Carer&apos;s consent</source>
        <translation>Consentimiento del cuidador/a</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="58"/>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="64"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="64"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="65"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="65"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="66"/>
        <source>Decision history</source>
        <translation>Historial de decisiones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="80"/>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="81"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="82"/>
        <source>Not permitted…</source>
        <translation>No permitido…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="84"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="87"/>
        <source>Carer&apos;s consent:</source>
        <translation>Consentimiento del cuidador/a:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="88"/>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="91"/>
        <source>Refused</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="93"/>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="131"/>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="131"/>
        <source>refused</source>
        <translation>denegado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="132"/>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="168"/>
        <source>Contact not permitted</source>
        <translation>Contacto no permitido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="169"/>
        <source>Why may %1 not be contacted? Nothing addressed to them will be exported.</source>
        <translation>¿Por qué no se permite el contacto con %1? No se exportará nada dirigido a esta persona.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="215"/>
        <source>Decisions about %1, newest first:</source>
        <translation>Decisiones sobre %1, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="231"/>
        <source>the parent, at the kiosk</source>
        <translation>el padre o la madre, en el quiosco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="232"/>
        <source>set-up (no worker named)</source>
        <translation>configuración inicial (sin nombre del personal)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="236"/>
        <source>%1: contact %2, carer&apos;s consent %3.</source>
        <translation>%1: %2; consentimiento del cuidador/a: %3.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="323"/>
        <source>Make your profile</source>
        <translation>Crear su perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="325"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="326"/>
        <source>Your ID or prison number</source>
        <translation>Su número de identificación o de preso</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="327"/>
        <source>Wing and cell (if you have one)</source>
        <translation>Módulo y celda (si tiene)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="328"/>
        <source>Prison or facility</source>
        <translation>Prisión o centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="332"/>
        <location filename="../../letterbox/ui/signin.py" line="333"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="334"/>
        <source>Choose a PIN (4 to 8 numbers)</source>
        <translation>Elija un PIN (de 4 a 8 números)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="336"/>
        <source>Type the PIN again</source>
        <translation>Escriba el PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="342"/>
        <source>Make my profile</source>
        <translation>Crear mi perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="371"/>
        <source>The two PINs are different. Please type them again.</source>
        <translation>Los dos PIN son distintos. Por favor, escríbalos otra vez.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="394"/>
        <source>Your profile could not be saved. Please ask staff for help. Nothing you typed was lost.</source>
        <translation>No se pudo guardar su perfil. Por favor, pida ayuda al personal. No se perdió nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="39"/>
        <source>%1 turns %2 on %3</source>
        <translation>%1 cumple %2 el %3</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="47"/>
        <source>Contact waiting</source>
        <translation>Contacto pendiente</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="54"/>
        <source>Contact ⚠</source>
        <translation>Contacto ⚠</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="55"/>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="56"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="57"/>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="58"/>
        <source>Mail room</source>
        <translation>Sala de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="59"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="60"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="122"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="123"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="124"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="125"/>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="126"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="148"/>
        <source>Children whose contact decision is waiting</source>
        <translation>Niños y niñas con la decisión de contacto pendiente</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_model.py" line="170"/>
        <source>%1 (archived)</source>
        <translation>%1 (perfil archivado)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="84"/>
        <source>Parents</source>
        <translation>Padres y madres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="112"/>
        <source>Show only parents with these</source>
        <translation>Mostrar solo padres y madres con elementos en este estado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="124"/>
        <source>Search (Ctrl+F): parent, child or ID number</source>
        <translation>Buscar (Ctrl+F): padre o madre, niño o niña, o número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="125"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="134"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="135"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="136"/>
        <source>Contact decision waiting</source>
        <translation>Decisión de contacto pendiente</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="144"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="145"/>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="150"/>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="156"/>
        <source>Changed since</source>
        <translation>Con cambios desde</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="161"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="180"/>
        <source>Birthdays coming up</source>
        <translation>Próximos cumpleaños</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="251"/>
        <source>%1 of %2 parents</source>
        <translation>%1 de %2 padres y madres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="262"/>
        <source>Birthdays in the next %1 days (%2)</source>
        <translation>Cumpleaños en los próximos %1 días (%2)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="272"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="272"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard.py" line="274"/>
        <source>in %1 days</source>
        <translation>dentro de %1 días</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="65"/>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="70"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="66"/>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="71"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="68"/>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="72"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="82"/>
        <source>Not known</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="84"/>
        <source>%1 not known</source>
        <translation>%1: no lo sé</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="115"/>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="120"/>
        <source>Please choose the day, the month and the year.</source>
        <translation>Por favor, elija el día, el mes y el año.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="118"/>
        <source>Please choose the day, the month and the year, or press “Not known”.</source>
        <translation>Por favor, elija el día, el mes y el año, o pulse «No lo sé».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="122"/>
        <source>That day has not come yet. Please choose a day in the past.</source>
        <translation>Ese día todavía no ha llegado. Por favor, elija un día pasado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="167"/>
        <source>%1 has only %2 days, so please choose the day again.</source>
        <translation>%1 solo tiene %2 días; por favor, elija el día otra vez.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="175"/>
        <source>A day is a number from 1 to %1.</source>
        <translation>El día es un número del 1 al %1.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="180"/>
        <source>That year has not come yet. Please choose a year in the past.</source>
        <translation>Ese año todavía no ha llegado. Por favor, elija un año pasado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/date_picker.py" line="183"/>
        <source>Please choose a year from %1 to %2.</source>
        <translation>Por favor, elija un año del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>DeletedDraftsPanel</name>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="38"/>
        <source>Drafts the parent deleted (kept %1 days)</source>
        <translation>Borradores que el padre o la madre borró (se guardan %1 días)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="41"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="41"/>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="41"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="42"/>
        <source>Was</source>
        <translation>Estaba</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="42"/>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="42"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="43"/>
        <source>Deleted drafts</source>
        <translation>Borradores borrados</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="48"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="49"/>
        <source>Restore the deleted draft</source>
        <translation>Recuperar el borrador borrado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="81"/>
        <source>No deleted drafts.</source>
        <translation>No hay borradores borrados.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="88"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="89"/>
        <source>Bedtime story</source>
        <translation>Cuento para dormir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="89"/>
        <source>Echo reading</source>
        <translation>Lectura en eco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="90"/>
        <source>Recorded message</source>
        <translation>Mensaje grabado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/deleted_drafts.py" line="115"/>
        <source>“%1” is back on the parent&apos;s home.</source>
        <translation>«%1» vuelve a estar en el inicio del padre o la madre.</translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message>
        <location filename="../../letterbox/ui/dialogs.py" line="40"/>
        <location filename="../../letterbox/ui/dialogs.py" line="44"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/dialogs.py" line="49"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/dialogs.py" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/dialogs.py" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EchoView</name>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="63"/>
        <source>For the reviewer: anything you said that is not in the story text.</source>
        <translation>Para quien revisa: todo lo que dijo que no está en el texto del cuento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="85"/>
        <source>Story text</source>
        <translation>Texto del cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="89"/>
        <source>&amp;Choose a story</source>
        <translation>&amp;Elegir un cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="92"/>
        <source>&amp;Make lines</source>
        <translation>&amp;Hacer líneas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="110"/>
        <source>There are no stories in this language yet. Please ask staff.</source>
        <translation>Todavía no hay cuentos en este idioma. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="122"/>
        <source>Choose a story</source>
        <translation>Elegir un cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="123"/>
        <source>Which story will you read?</source>
        <translation>¿Qué cuento va a leer?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="79"/>
        <source>Choose a story, or type or paste one here. A staff member can help. The computer will read it to you one short line at a time, and you say each line after it.</source>
        <translation>Elija un cuento, o escriba o pegue uno aquí. Alguien del personal le puede ayudar. La computadora se lo leerá una línea corta cada vez, y usted repite cada línea después.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="130"/>
        <source>There is no text yet. Type or paste the story first.</source>
        <translation>Todavía no hay texto. Primero escriba o pegue el cuento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="135"/>
        <source>The story is long: the first %1 lines are used. Make a second recording for the rest.</source>
        <translation>El cuento es largo: se usan las primeras %1 líneas. Haga una segunda grabación para el resto.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="148"/>
        <source>Lines of the story</source>
        <translation>Líneas del cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="152"/>
        <source>Change the &amp;text</source>
        <translation>Cambiar el &amp;texto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="158"/>
        <source>The line to say</source>
        <translation>La línea que va a decir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="163"/>
        <source>&amp;Listen, then say it</source>
        <translation>&amp;Escuchar y luego decirla</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="171"/>
        <source>&amp;Hear it again</source>
        <translation>&amp;Oírla otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="172"/>
        <source>&amp;Play my line</source>
        <translation>Escuchar &amp;mi línea</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="238"/>
        <source>Line %1 of %2. %3 done. Press “Listen, then say it”.</source>
        <translation>Línea %1 de %2. %3 hechas. Pulse «Escuchar y luego decirla».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="241"/>
        <source>Listen… (nothing is recorded while the computer reads)</source>
        <translation>Escuche… (no se graba nada mientras la computadora lee)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="242"/>
        <source>Your turn: say the line, then press Stop.</source>
        <translation>Su turno: diga la línea y luego pulse Parar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_echo.py" line="243"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="54"/>
        <source>Read my letter</source>
        <translation>Leer mi carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="55"/>
        <location filename="../../letterbox/ui/letter_editor.py" line="59"/>
        <source>Your whole letter</source>
        <translation>Su carta completa</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="65"/>
        <source>Length of the letter</source>
        <translation>Largo de la carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="68"/>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="70"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="72"/>
        <source>Check my letter</source>
        <translation>Revisar mi carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="103"/>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="104"/>
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="107"/>
        <source>about 1 page</source>
        <translation>más o menos 1 página</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="108"/>
        <source>about %1 pages</source>
        <translation>más o menos %1 páginas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="113"/>
        <source>the mail room here takes at most %1, so please make it shorter</source>
        <translation>la sala de correo de aquí acepta como máximo %1, así que acórtela, por favor</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="116"/>
        <source>the limit here is %1</source>
        <translation>el límite aquí es %1</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="94"/>
        <source>Parent:</source>
        <translation>Padre o madre:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="96"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="104"/>
        <location filename="../../letterbox/ui/staff/export.py" line="107"/>
        <source>What will be exported</source>
        <translation>Lo que se va a exportar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="111"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="116"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="118"/>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="121"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="124"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="129"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="172"/>
        <source>Everyone with approved items</source>
        <translation>Todas las personas con elementos aprobados</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="178"/>
        <source>Exports cannot run: %1</source>
        <translation>No se puede exportar: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="182"/>
        <source>Facility rules: %1</source>
        <translation>Reglas del centro: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="187"/>
        <source>%1: letter to %2 — %3</source>
        <translation>%1: carta para %2 — %3</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="190"/>
        <source>%1: recording for %2 — %3</source>
        <translation>%1: grabación para %2 — %3</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="196"/>
        <source>Nothing else can be exported now.</source>
        <translation>Ahora no se puede exportar nada más.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="197"/>
        <source>Nothing is approved for export yet.</source>
        <translation>Todavía no hay nada aprobado para exportar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="203"/>
        <source>cannot be exported: %1 — %2</source>
        <translation>no se puede exportar: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="210"/>
        <source>Where should the packets go?</source>
        <translation>¿Dónde se guardan los paquetes?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="229"/>
        <source>Making the packets…</source>
        <translation>Preparando los paquetes…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="253"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="271"/>
        <source>%1: packet in %3 (items: %2)</source>
        <translation>%1: paquete en %3 (elementos: %2)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="278"/>
        <source>Parent #%1</source>
        <translation>Padre o madre n.º %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="280"/>
        <source>%1: no packet — %2. Their items are still approved.</source>
        <translation>%1: sin paquete — %2. Sus elementos siguen aprobados.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="284"/>
        <source>Packets made: %1.</source>
        <translation>Paquetes preparados: %1.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="286"/>
        <source>Packets that could not be made: %1 (listed below).</source>
        <translation>Paquetes que no se pudieron hacer: %1 (en la lista de abajo).</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="289"/>
        <source>The export stopped there; the other parents were not tried.</source>
        <translation>La exportación se detuvo ahí; no se intentó con los demás padres.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="292"/>
        <source>Cancelled: the packet being made was not kept, and its items are still approved.</source>
        <translation>Cancelado: el paquete que se estaba preparando no se guardó, y sus elementos siguen aprobados.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/export.py" line="305"/>
        <source>The packet could not be made. Nothing was lost; the items are still approved.</source>
        <translation>No se pudo preparar el paquete. No se perdió nada; los elementos siguen aprobados.</translation>
    </message>
</context>
<context>
    <name>Facilities</name>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="63"/>
        <source>Generic (US Letter)</source>
        <translation>Genérico (carta EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="64"/>
        <source>US federal prison (BOP)</source>
        <translation>Prisión federal de EE. UU. (BOP)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="65"/>
        <source>England and Wales (HMPPS)</source>
        <translation>Inglaterra y Gales (HMPPS)</translation>
    </message>
</context>
<context>
    <name>FlagList</name>
    <message>
        <location filename="../../letterbox/ui/staff/letter_view.py" line="49"/>
        <source>Content flags</source>
        <translation>Avisos sobre el contenido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/letter_view.py" line="65"/>
        <source>No content flags.</source>
        <translation>No hay avisos sobre el contenido.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="134"/>
        <source>Earlier versions of this letter</source>
        <translation>Versiones anteriores de esta carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="137"/>
        <source>Choose a version to see it. Bringing one back keeps the letter you have now as a version too.</source>
        <translation>Elija una versión para verla. Si recupera una, la carta que tiene ahora también se guarda como versión.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="144"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="152"/>
        <source>The chosen version</source>
        <translation>La versión elegida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="156"/>
        <source>Back to my letter</source>
        <translation>Volver a mi carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="159"/>
        <source>Bring this version back</source>
        <translation>Recuperar esta versión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_editor.py" line="171"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
</context>
<context>
    <name>HomeItems</name>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="26"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="27"/>
        <source>Letter to %1</source>
        <translation>Carta para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="29"/>
        <source>Bedtime story</source>
        <translation>Cuento para dormir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="30"/>
        <source>Bedtime story for %1</source>
        <translation>Cuento para dormir para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="32"/>
        <source>Echo reading</source>
        <translation>Lectura en eco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="33"/>
        <source>Echo reading for %1</source>
        <translation>Lectura en eco para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="35"/>
        <source>Recorded message</source>
        <translation>Mensaje grabado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="36"/>
        <source>Recorded message for %1</source>
        <translation>Mensaje grabado para %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../letterbox/ui/home.py" line="71"/>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="98"/>
        <location filename="../../letterbox/ui/home.py" line="100"/>
        <source>Your children</source>
        <translation>Sus hijos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="108"/>
        <location filename="../../letterbox/ui/home.py" line="110"/>
        <source>Your letters and recordings</source>
        <translation>Sus cartas y grabaciones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="181"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="182"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="157"/>
        <source>Nothing yet. Start with “Write a letter”.</source>
        <translation>Todavía nada. Empiece con «Escribir una carta».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="177"/>
        <source>Some of your items came back to you. Open one to change it and send it again:</source>
        <translation>Le devolvieron algunas cartas o grabaciones. Abra una para cambiarla y enviarla otra vez:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="221"/>
        <source>Delete: %1</source>
        <translation>Borrar: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="222"/>
        <source>Delete this draft? Staff can bring it back for 30 days.</source>
        <translation>¿Borrar este borrador? El personal puede recuperarlo durante 30 días.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="232"/>
        <source>Not deleted</source>
        <translation>No se ha borrado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="248"/>
        <source>age unknown</source>
        <translation>edad desconocida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="248"/>
        <source>age %1</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="252"/>
        <source>contact approved</source>
        <translation>contacto aprobado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="253"/>
        <source>waiting for staff to approve contact</source>
        <translation>esperando que el personal apruebe el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home.py" line="254"/>
        <source>contact not permitted</source>
        <translation>contacto no permitido</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../letterbox/ui/idle_warning.py" line="82"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/idle_warning.py" line="84"/>
        <source>Are you still there? To keep your letters private, Letterbox will close in %1 seconds. Everything is saved.</source>
        <translation>¿Sigue ahí? Para que sus cartas sigan siendo privadas, Letterbox se cerrará en %1 segundos. Todo está guardado.</translation>
    </message>
</context>
<context>
    <name>InterruptedTakes</name>
    <message>
        <location filename="../../letterbox/ui/recovery.py" line="67"/>
        <source>A recording was interrupted</source>
        <translation>Una grabación se interrumpió</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recovery.py" line="68"/>
        <source>A recording was interrupted (%1 long). Keep it?</source>
        <translation>Una grabación se interrumpió (dura %1). ¿Quiere conservarla?</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="88"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="89"/>
        <source>Open: %1</source>
        <translation>Abrir: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="91"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/home_items.py" line="91"/>
        <source>Delete: %1</source>
        <translation>Borrar: %1</translation>
    </message>
</context>
<context>
    <name>KeepsakeRun</name>
    <message>
        <location filename="../../letterbox/ui/staff/keepsake_run.py" line="39"/>
        <source>Cancel keepsake</source>
        <translation>Cancelar el paquete de recuerdo</translation>
    </message>
</context>
<context>
    <name>LetterFlowScreen</name>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="87"/>
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="92"/>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="95"/>
        <source>Change this letter</source>
        <translation>Cambiar esta carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="110"/>
        <source>Getting your letter ready…</source>
        <translation>Preparando su carta…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="113"/>
        <source>What would you like to write about?</source>
        <translation>¿Sobre qué le gustaría escribir?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="115"/>
        <source>Which of these fits best?</source>
        <translation>¿Cuál de estas encaja mejor?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="159"/>
        <source>This letter could not be opened. Nothing was changed. Please go back and try again, or ask staff.</source>
        <translation>No se pudo abrir esta carta. No se cambió nada. Vuelva atrás e inténtelo de nuevo, o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="189"/>
        <source>This letter is with the mail room, so it cannot be changed now.</source>
        <translation>Esta carta está en la sala de correo, así que ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="210"/>
        <source>Write freely, without questions</source>
        <translation>Escribir libremente, sin preguntas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="212"/>
        <source>What would you like to write to %1 about?</source>
        <translation>¿Sobre qué le gustaría escribirle a %1?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="260"/>
        <source>How would you like to start?</source>
        <translation>¿Cómo le gustaría empezar?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="264"/>
        <source>How would you like to end?</source>
        <translation>¿Cómo le gustaría terminar?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="344"/>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="348"/>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="349"/>
        <source>Your words are still here.</source>
        <translation>Sus palabras siguen aquí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="370"/>
        <source>Dear</source>
        <translation>Querido/a</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="383"/>
        <source>A letter to %1</source>
        <translation>Una carta para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="389"/>
        <source>Staff must approve contact with %1 before this letter can be sent. You can still write it now; it will be kept safe.</source>
        <translation>El personal debe aprobar el contacto con %1 antes de poder enviar esta carta. Puede escribirla ahora; se guardará de forma segura.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="394"/>
        <source>waiting for staff to approve contact</source>
        <translation>esperando que el personal apruebe el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_flow.py" line="395"/>
        <source>contact not approved yet</source>
        <translation>contacto aún no aprobado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="87"/>
        <source>This letter is too long to send. Please make it shorter or split it into two letters. Your words are still here.</source>
        <translation>Esta carta es demasiado larga para enviarla. Acórtela o divídala en dos cartas. Sus palabras siguen aquí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="92"/>
        <source>The letter is empty. Write a few words first.</source>
        <translation>La carta está vacía. Escriba primero unas palabras.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="130"/>
        <source>Sent for review</source>
        <translation>Enviada a revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="131"/>
        <source>Your letter is sent for review. Staff will read it before it goes out. You can see how it is doing on your home screen.</source>
        <translation>Su carta se envió a revisión. El personal la leerá antes de que salga. Puede ver cómo va en su pantalla de inicio.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="139"/>
        <source>Your letter is saved. Please try again, or ask staff.</source>
        <translation>Su carta está guardada. Por favor, inténtelo otra vez o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="178"/>
        <source>This letter is waiting for staff to read it.</source>
        <translation>Esta carta está esperando a que el personal la lea.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="180"/>
        <source>Staff approved this letter. It will go to the mail room soon.</source>
        <translation>El personal aprobó esta carta. Pronto irá a la sala de correo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="183"/>
        <source>Staff sent this letter back to you. Change it, then send it for review again.</source>
        <translation>El personal le devolvió esta carta. Cámbiela y luego envíela otra vez a revisión.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="186"/>
        <source>The mail room did not send this letter. Change it, then send it for review again.</source>
        <translation>La sala de correo no envió esta carta. Cámbiela y luego envíela otra vez a revisión.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="192"/>
        <source>This letter has been sent.</source>
        <translation>Esta carta ya se envió.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="204"/>
        <source>Change this letter?</source>
        <translation>¿Cambiar esta carta?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_finish.py" line="205"/>
        <source>This letter is with staff. If you change it, it comes back to you, and you will need to send it for review again. Change it?</source>
        <translation>Esta carta está con el personal. Si la cambia, vuelve a usted y tendrá que enviarla otra vez a revisión. ¿Quiere cambiarla?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_reading.py" line="43"/>
        <source>What you wrote:</source>
        <translation>Lo que usted escribió:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_sync.py" line="51"/>
        <source>Saved on this computer</source>
        <translation>Guardado en este ordenador</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_sync.py" line="53"/>
        <source>Your words are safe on this computer for now. They will be sent on by themselves when the connection is back. You can keep writing.</source>
        <translation>Sus palabras están a salvo en este ordenador por ahora. Se enviarán solas cuando vuelva la conexión. Puede seguir escribiendo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_sync.py" line="63"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_sync.py" line="71"/>
        <source>This letter was also changed on another computer; both versions are kept. You can see them under “Earlier versions”.</source>
        <translation>Esta carta también se cambió en otro ordenador; se guardan las dos versiones. Puede verlas en «Versiones anteriores».</translation>
    </message>
</context>
<context>
    <name>LetterSteps</name>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="91"/>
        <source>Read the question</source>
        <translation>Leer la pregunta</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../../letterbox/ui/staff/letter_view.py" line="77"/>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/letter_view.py" line="80"/>
        <source>Content flags (click one to find it)</source>
        <translation>Avisos sobre el contenido (haga clic en uno para encontrarlo)</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../letterbox/ui/widgets/level_meter.py" line="37"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="370"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="374"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/main_window.py" line="375"/>
        <source>Delete it</source>
        <translation>Borrarla</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="34"/>
        <source>Your takes (the one marked ✓ is sent):</source>
        <translation>Sus tomas (se envía la marcada con ✓):</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="36"/>
        <source>Your takes</source>
        <translation>Sus tomas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="40"/>
        <source>P&amp;lay</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="41"/>
        <source>&amp;Keep this one</source>
        <translation>&amp;Usar esta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="42"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="49"/>
        <source>For the reviewer: what you say in this message (a short summary is fine).</source>
        <translation>Para quien revisa: lo que dice en este mensaje (basta con un resumen corto).</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="80"/>
        <source>Take %1</source>
        <translation>Toma %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="87"/>
        <source>&amp;Record again</source>
        <translation>&amp;Grabar otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="88"/>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="122"/>
        <source>Delete this take?</source>
        <translation>¿Borrar esta toma?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="123"/>
        <source>Take %1 will be deleted for good.</source>
        <translation>La toma %1 se borrará para siempre.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_message.py" line="130"/>
        <source>Playing %1 of %2</source>
        <translation>Sonando %1 de %2</translation>
    </message>
</context>
<context>
    <name>PacketHistoryPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="53"/>
        <source>Make a signing key</source>
        <translation>Crear una clave de firma</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="59"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="59"/>
        <source>Made by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="59"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="60"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="60"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="60"/>
        <location filename="../../letterbox/ui/staff/packets.py" line="69"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="61"/>
        <source>Where to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="61"/>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="68"/>
        <source>Items in this packet (choose one or more)</source>
        <translation>Elementos de este paquete (elija uno o varios)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="69"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="69"/>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="70"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="71"/>
        <source>Items in this packet</source>
        <translation>Elementos de este paquete</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="77"/>
        <source>Verified again</source>
        <translation>Nueva verificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="80"/>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="88"/>
        <source>Reprint review sheet…</source>
        <translation>Volver a imprimir la hoja de revisión…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="89"/>
        <source>Verify again</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="91"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="92"/>
        <source>Rejected…</source>
        <translation>Rechazada…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="94"/>
        <source>All sent</source>
        <translation>Todo enviado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="95"/>
        <source>The mail room sent the chosen items on</source>
        <translation>La sala de correo envió los elementos elegidos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="96"/>
        <source>The mail room refused the chosen items; the parent reads the reason</source>
        <translation>La sala de correo rechazó los elementos elegidos; el padre o la madre leerá el motivo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="98"/>
        <source>Every item of this packet still with the mail room was sent on</source>
        <translation>Se enviaron todos los elementos de este paquete que seguían en la sala de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="121"/>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="130"/>
        <source>No packets have been made yet.</source>
        <translation>Todavía no se ha preparado ningún paquete.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="135"/>
        <source>No signing key yet: packets are not signed, so the mail room cannot prove they came from here.</source>
        <translation>Todavía no hay clave de firma: los paquetes no se firman, así que la sala de correo no puede comprobar que salieron de aquí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="138"/>
        <source>Station key %1 — give the mail room %2</source>
        <translation>Clave del puesto %1 — entregue %2 a la sala de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="144"/>
        <source>Keepsake</source>
        <translation>Recuerdo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="144"/>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="166"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="166"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="167"/>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="192"/>
        <source>Where should the copy of the review sheet go?</source>
        <translation>¿Dónde se guarda la copia de la hoja de revisión?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="206"/>
        <source>A copy of the review sheet is in %1</source>
        <translation>Hay una copia de la hoja de revisión en %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="216"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="243"/>
        <source>The station key is made: %1</source>
        <translation>La clave del puesto está creada: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="255"/>
        <source>Rejected by the mail room</source>
        <translation>Rechazada por la sala de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="256"/>
        <source>What did the mail room say? The parent reads this.</source>
        <translation>¿Qué dijo la sala de correo? El padre o la madre leerá esto.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="277"/>
        <source>%1 marked as sent</source>
        <translation>Elementos marcados como enviados: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="278"/>
        <source>%1 marked as rejected</source>
        <translation>Elementos marcados como rechazados: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/packets.py" line="280"/>
        <source>%1 could not be changed: %2</source>
        <translation>No se pudieron cambiar %1: %2</translation>
    </message>
</context>
<context>
    <name>ParentDetailPanel</name>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="54"/>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="60"/>
        <source>Items by status</source>
        <translation>Elementos por estado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="61"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="61"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="61"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="72"/>
        <source>Open in Review</source>
        <translation>Abrir en Revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="76"/>
        <source>Open in Contacts</source>
        <translation>Abrir en Contactos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="92"/>
        <source>no unit</source>
        <translation>sin unidad</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="94"/>
        <source>archived</source>
        <translation>perfil archivado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="108"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="109"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dashboard_detail.py" line="126"/>
        <source>birthday %1</source>
        <translation>cumpleaños el %1</translation>
    </message>
</context>
<context>
    <name>ParentsPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="60"/>
        <source>Search by name or ID number</source>
        <translation>Buscar por nombre o número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="61"/>
        <source>Search parents</source>
        <translation>Buscar padres y madres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="65"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="66"/>
        <source>Wing and cell</source>
        <translation>Módulo y celda</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="66"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="67"/>
        <source>Sign-in</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="67"/>
        <source>Parents</source>
        <translation>Padres y madres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="67"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="71"/>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="72"/>
        <source>Reset PIN…</source>
        <translation>Restablecer el PIN…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="73"/>
        <source>Clear lockout</source>
        <translation>Quitar el bloqueo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="77"/>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="78"/>
        <source>Open again</source>
        <translation>Volver a abrir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="79"/>
        <source>Keepsake packet…</source>
        <translation>Paquete de recuerdo…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="81"/>
        <source>Delete data…</source>
        <translation>Borrar datos…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="129"/>
        <source>Locked for %1 more seconds</source>
        <translation>Bloqueado %1 segundos más</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="130"/>
        <source>%1 tries left</source>
        <translation>Intentos restantes: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="135"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="136"/>
        <source>closed %1</source>
        <translation>cerrado el %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="181"/>
        <source>Where should the keepsake go?</source>
        <translation>¿Dónde se guarda el paquete de recuerdo?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="203"/>
        <source>Profile made for %1.</source>
        <translation>Perfil creado para %1.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="212"/>
        <source>Profile of %1 saved.</source>
        <translation>Perfil de %1 guardado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="233"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 tiene un PIN nuevo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="246"/>
        <source>%1 can sign in again.</source>
        <translation>%1 ya puede volver a entrar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="257"/>
        <source>Archive profile</source>
        <translation>Archivar el perfil</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="258"/>
        <source>Why is the profile of %1 closing? They will not be able to sign in, and nothing they made will be exported. You can open it again later.</source>
        <translation>¿Por qué se cierra el perfil de %1? Esta persona no podrá entrar y no se exportará nada de lo que haya hecho. Puede volver a abrirlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="267"/>
        <source>The profile of %1 is closed. You can make a keepsake packet, then keep or delete the data.</source>
        <translation>El perfil de %1 está cerrado. Puede preparar un paquete de recuerdo y después conservar o borrar los datos.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="279"/>
        <source>The profile of %1 is open again.</source>
        <translation>El perfil de %1 está abierto otra vez.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="290"/>
        <source>Making the keepsake packet for %1…</source>
        <translation>Preparando el paquete de recuerdo para %1…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="299"/>
        <source>Keepsake packet made in %1 (items: %2). Nothing was sent to the mail room.</source>
        <translation>Paquete de recuerdo preparado en %1 (elementos: %2). No se envió nada a la sala de correo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="303"/>
        <source>%1 has made nothing to keep yet.</source>
        <translation>%1 todavía no tiene nada que conservar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="308"/>
        <source>The keepsake packet was not made; nothing half made was kept.</source>
        <translation>No se preparó el paquete de recuerdo; no se guardó nada a medias.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="330"/>
        <source>Delete everything %1 made: %2 letters, %3 recordings, and the %4 children on the profile? The audit trail and packet records are kept.</source>
        <translation>¿Borrar todo lo que hizo %1: %2 cartas, %3 grabaciones y los %4 niños y niñas del perfil? Se conservan el registro de auditoría y los registros de paquetes.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="334"/>
        <source>Delete data</source>
        <translation>Borrar datos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="336"/>
        <source>This cannot be undone. Has %1 had a keepsake packet, if they wanted one? Delete now?</source>
        <translation>Esto no se puede deshacer. ¿Ha recibido %1 un paquete de recuerdo, si lo quería? ¿Borrar ahora?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="338"/>
        <source>Delete data — are you sure?</source>
        <translation>Borrar datos — ¿seguro que quiere continuar?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parents.py" line="343"/>
        <source>Deleted for %1: %2 letters, %3 recordings, %4 children.</source>
        <translation>Datos borrados de %1: %2 cartas, %3 grabaciones, %4 niños y niñas.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="88"/>
        <source>Reset PIN</source>
        <translation>Restablecer el PIN</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="90"/>
        <source>A new PIN for %1 (4 to 8 numbers). Tell it to them in private.</source>
        <translation>Un PIN nuevo para %1 (de 4 a 8 números). Dígaselo en privado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="95"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="96"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="120"/>
        <source>The two PINs are different.</source>
        <translation>Los dos PIN son distintos.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../letterbox/audio/playback.py" line="42"/>
        <source>This recording&apos;s sound file is missing.</source>
        <translation>Falta el archivo de sonido de esta grabación.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/playback.py" line="45"/>
        <source>This computer has no speakers or headphones connected, so the recording cannot be played. It is saved. Please ask staff.</source>
        <translation>Esta computadora no tiene altavoces ni auriculares conectados, así que no se puede escuchar la grabación. Está guardada. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/playback.py" line="85"/>
        <source>The recording could not be played (%1).</source>
        <translation>No se pudo escuchar la grabación (%1).</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="50"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="51"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="52"/>
        <source>Wing and cell</source>
        <translation>Módulo y celda</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="53"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="55"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="56"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="57"/>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="58"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="59"/>
        <source>First PIN</source>
        <translation>PIN inicial</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="64"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="84"/>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/parent_form.py" line="94"/>
        <source>Edit profile: %1</source>
        <translation>Editar perfil: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="23"/>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="57"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="43"/>
        <source>Cannot read aloud</source>
        <translation>No se puede leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/read_aloud.py" line="49"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="42"/>
        <source>Ready-worded reasons</source>
        <translation>Motivos ya redactados</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="49"/>
        <source>Reason (the parent reads this; change it as needed):</source>
        <translation>Motivo (el padre o la madre lo leerá; cámbielo si hace falta):</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/dialogs.py" line="52"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RecordCommon</name>
    <message>
        <location filename="../../letterbox/ui/record_common.py" line="259"/>
        <source>we could not hear you</source>
        <translation>no le oímos</translation>
    </message>
</context>
<context>
    <name>RecordContext</name>
    <message>
        <location filename="../../letterbox/ui/record_common.py" line="212"/>
        <source>That could not be done</source>
        <translation>No se pudo hacer</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="34"/>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="36"/>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="87"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="37"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="44"/>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="78"/>
        <source>Ready to record.</source>
        <translation>Listo para grabar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="48"/>
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="79"/>
        <source>Starting the microphone…</source>
        <translation>Encendiendo el micrófono…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="80"/>
        <source>Recording — speak now.</source>
        <translation>Grabando: hable ahora.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="81"/>
        <source>Paused. Press Resume to carry on.</source>
        <translation>En pausa. Pulse Seguir para continuar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="82"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="87"/>
        <source>&amp;Resume</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="101"/>
        <source>%1 recorded · %2 left</source>
        <translation>%1 grabado · quedan %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="105"/>
        <source>%1 recorded</source>
        <translation>%1 grabado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="109"/>
        <source>We can&apos;t hear you — move closer to the microphone.</source>
        <translation>No le oímos: acérquese al micrófono.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="110"/>
        <source>Too loud — move back from the microphone a little.</source>
        <translation>Demasiado fuerte: aléjese un poco del micrófono.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/recorder_panel.py" line="111"/>
        <source>Less than 30 seconds left.</source>
        <translation>Quedan menos de 30 segundos.</translation>
    </message>
</context>
<context>
    <name>RecordingScreen</name>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="57"/>
        <source>Record for your child</source>
        <translation>Grabar para su hijo o hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="61"/>
        <source>Checking the microphone…</source>
        <translation>Comprobando el micrófono…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="65"/>
        <source>Playing</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="88"/>
        <source>No recordings here</source>
        <translation>Aquí no se aceptan grabaciones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="92"/>
        <location filename="../../letterbox/ui/recording_view.py" line="106"/>
        <source>Recording is not possible</source>
        <translation>No se puede grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="93"/>
        <source>Contact with %1 has not been approved, so nothing can be recorded for them. Please talk to staff.</source>
        <translation>El contacto con %1 no está aprobado, así que no se puede grabar nada para esa persona. Hable con el personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="104"/>
        <source>Not found</source>
        <translation>No encontrada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="110"/>
        <source>The recording could not be opened.</source>
        <translation>No se pudo abrir la grabación.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="117"/>
        <source>Recording is not working on this computer right now.</source>
        <translation>Ahora mismo no se puede grabar en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="121"/>
        <source>What staff can do: </source>
        <translation>Lo que puede hacer el personal: </translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="122"/>
        <source>You can still write a letter. Nothing you have written or recorded is lost.</source>
        <translation>Puede seguir escribiendo cartas. No se ha perdido nada de lo que escribió o grabó.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="129"/>
        <source>Back to my letters</source>
        <translation>Volver a mis cartas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="144"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="156"/>
        <source>What would you like to record for %1?</source>
        <translation>¿Qué le gustaría grabar para %1?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="157"/>
        <source>What would you like to record?</source>
        <translation>¿Qué le gustaría grabar?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="163"/>
        <source>A &amp;message</source>
        <translation>Un &amp;mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="164"/>
        <source>Talk to your child. Record as many takes as you like and send the best one.</source>
        <translation>Hable con su hijo o hija. Grabe las tomas que quiera y envíe la mejor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="166"/>
        <source>A &amp;bedtime story</source>
        <translation>Un &amp;cuento para dormir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="167"/>
        <source>Read a book page by page. You can redo any page.</source>
        <translation>Lea un libro página a página. Puede repetir cualquier página.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="168"/>
        <source>&amp;Echo reading</source>
        <translation>Lectura en &amp;eco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="169"/>
        <source>The computer reads a story one line at a time and you say each line after it. Only your voice is recorded.</source>
        <translation>La computadora lee un cuento línea a línea y usted repite cada línea. Solo se graba su voz.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="204"/>
        <source>A message</source>
        <translation>Un mensaje</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="204"/>
        <source>A bedtime story</source>
        <translation>Un cuento para dormir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="205"/>
        <source>Echo reading</source>
        <translation>Lectura en eco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="208"/>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="223"/>
        <location filename="../../letterbox/ui/recording_view.py" line="238"/>
        <source>Recording stopped</source>
        <translation>La grabación se detuvo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="226"/>
        <source>Recording could not start</source>
        <translation>No se pudo empezar a grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="229"/>
        <source>Your recording is safe</source>
        <translation>Su grabación está a salvo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="230"/>
        <source>Your recording is safe on this computer for now. The connection to the facility&apos;s computer is down, so it will be sent on by itself as soon as the connection is back. You do not need to do anything.</source>
        <translation>Su grabación está a salvo en este ordenador por ahora. La conexión con el ordenador del centro no funciona, así que se enviará sola en cuanto vuelva la conexión. No tiene que hacer nada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="236"/>
        <source>We could not hear you</source>
        <translation>No le oímos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="239"/>
        <source>The computer could not save more sound (the disk may be full). What you recorded until then is kept. Please ask staff to run “letterbox doctor”.</source>
        <translation>La computadora no pudo guardar más sonido (puede que el disco esté lleno). Lo que grabó hasta ese momento se guarda. Por favor, pida al personal que ejecute «letterbox doctor».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="243"/>
        <source>The microphone stopped</source>
        <translation>El micrófono dejó de funcionar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="244"/>
        <source>The microphone stopped sending sound (is it unplugged?). What you recorded until then is kept.</source>
        <translation>El micrófono dejó de enviar sonido (¿está desconectado?). Lo que grabó hasta entonces se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="247"/>
        <source>Some sound may be missing</source>
        <translation>Puede faltar algo de sonido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="248"/>
        <source>The computer was too busy and missed a little of the sound. Please listen to the recording, and record it again if something is missing.</source>
        <translation>La computadora estaba muy ocupada y perdió un poco del sonido. Escuche la grabación y vuelva a grabarla si falta algo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="251"/>
        <source>That is the longest a recording can be</source>
        <translation>Esa es la duración máxima de una grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/recording_view.py" line="252"/>
        <source>The recording stopped at the maximum length and is kept.</source>
        <translation>La grabación se detuvo al llegar a la duración máxima y se ha guardado.</translation>
    </message>
</context>
<context>
    <name>RecordingView</name>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="61"/>
        <source>Parts that will be sent</source>
        <translation>Partes que se enviarán</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="65"/>
        <source>Recording parts</source>
        <translation>Partes de la grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="70"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="72"/>
        <source>Play the chosen part (Enter in the list)</source>
        <translation>Reproducir la parte elegida (Intro en la lista)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="74"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="79"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="99"/>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="103"/>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="176"/>
        <source>Words of this part</source>
        <translation>Palabras de esta parte</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="105"/>
        <source>Transcript or summary</source>
        <translation>Transcripción o resumen</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="108"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="134"/>
        <source>(No transcript or summary was written.)</source>
        <translation>(No se escribió ninguna transcripción ni resumen.)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="135"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="150"/>
        <source>Nothing was recorded.</source>
        <translation>No se grabó nada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="156"/>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="169"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="156"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="157"/>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="157"/>
        <source>Chosen take</source>
        <translation>Toma elegida</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="167"/>
        <source>Story text of this page</source>
        <translation>Texto del cuento de esta página</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="168"/>
        <source>Text of this line</source>
        <translation>Texto de esta línea</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="169"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="173"/>
        <source>Story text</source>
        <translation>Texto del cuento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/recording_view.py" line="177"/>
        <source>(No words were written for this part.)</source>
        <translation>(No se escribieron palabras para esta parte.)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="73"/>
        <source>Programme report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="77"/>
        <source>From (YYYY-MM):</source>
        <translation>Desde (AAAA-MM):</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="79"/>
        <source>First month</source>
        <translation>Primer mes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="83"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="85"/>
        <source>Last month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="89"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="90"/>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="93"/>
        <source>An item counts in the month it was first sent for review (UTC); drafts are not counted. Minutes are the chosen takes and pages; children are those with an item that month.</source>
        <translation>Un elemento cuenta en el mes en que se envió a revisión por primera vez (UTC); los borradores no cuentan. Los minutos son los de las tomas y páginas elegidas; los niños y niñas son los que tienen algún elemento ese mes.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="101"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="101"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="101"/>
        <location filename="../../letterbox/ui/staff/report.py" line="109"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="102"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="102"/>
        <location filename="../../letterbox/ui/staff/report.py" line="109"/>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="102"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="103"/>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="103"/>
        <source>Returned</source>
        <translation>Devueltas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="104"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="104"/>
        <source>Report figures</source>
        <translation>Cifras del informe</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="108"/>
        <source>Letters and recordings per month</source>
        <translation>Cartas y grabaciones por mes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="112"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="114"/>
        <source>Check-ins</source>
        <translation>Preguntas de seguimiento</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="143"/>
        <source>Total: %1 letters, %2 recordings (%3 minutes) from %4 parents; %5 returned, %6 rejected.</source>
        <translation>Total: %1 cartas, %2 grabaciones (%3 minutos) de %4 padres y madres; %5 devueltas, %6 rechazadas.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="158"/>
        <source>Where should the CSV go?</source>
        <translation>¿Dónde se guarda el CSV?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/report.py" line="171"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="49"/>
        <source>Check your letter</source>
        <translation>Revise su carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="58"/>
        <source>Your letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="65"/>
        <source>Things to look at</source>
        <translation>Cosas para revisar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="71"/>
        <source>Change it</source>
        <translation>Cambiarla</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="74"/>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="95"/>
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="88"/>
        <source>Your letter is %1. A few parts might stop the mail room sending it. Have a look — you can change them, or send it as it is.</source>
        <translation>Su carta tiene %1. Algunas partes podrían hacer que la sala de correo no la envíe. Écheles un vistazo: puede cambiarlas o enviarla tal como está.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="48"/>
        <source>Read my letter</source>
        <translation>Leer mi carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="91"/>
        <source>Send for review anyway</source>
        <translation>Enviar a revisión de todos modos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_review.py" line="93"/>
        <source>Your letter is %1. Nothing here looks like a problem for the mail room.</source>
        <translation>Su carta tiene %1. Nada aquí parece un problema para la sala de correo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="85"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="87"/>
        <location filename="../../letterbox/ui/staff/review.py" line="99"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="97"/>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="97"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="98"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="98"/>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="98"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="99"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="99"/>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="101"/>
        <source>Shift or Ctrl + click to choose several items</source>
        <translation>Mayús o Ctrl + clic para elegir varios elementos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="118"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="119"/>
        <source>Return… (R)</source>
        <translation>Devolver… (R)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="120"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="121"/>
        <source>Rejected…</source>
        <translation>Rechazada…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="163"/>
        <source>%1 items</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="173"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="173"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="210"/>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="214"/>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="215"/>
        <source>from %1 (%2)</source>
        <translation>de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="217"/>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="220"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="250"/>
        <source>Approve %1 items (A)</source>
        <translation>Aprobar %1 elementos (A)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="251"/>
        <source>Approve (A)</source>
        <translation>Aprobar (A)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="273"/>
        <source>Approved: %1</source>
        <translation>Aprobada: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="291"/>
        <source>%1 approved</source>
        <translation>Aprobados: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="293"/>
        <source>%1 could not be approved: %2</source>
        <translation>No se pudieron aprobar %1: %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="306"/>
        <source>Return to the parent</source>
        <translation>Devolver al padre o la madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="307"/>
        <source>Why is it going back? %1 reads this at their next sign-in.</source>
        <translation>¿Por qué se devuelve? %1 leerá esto la próxima vez que entre.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="315"/>
        <source>Returned to %1: %2</source>
        <translation>Devuelta a %1: %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="325"/>
        <source>Marked as sent: %1</source>
        <translation>Marcada como enviada: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="332"/>
        <source>Rejected by the mail room</source>
        <translation>Rechazada por la sala de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="333"/>
        <source>What did the mail room say?</source>
        <translation>¿Qué dijo la sala de correo?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="340"/>
        <source>Marked as rejected: %1</source>
        <translation>Marcada como rechazada: %1</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../letterbox/ui/screen.py" line="91"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>ScreenBar</name>
    <message>
        <location filename="../../letterbox/ui/screen_bar.py" line="59"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/screen_bar.py" line="59"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/screen_bar.py" line="60"/>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/screen_bar.py" line="61"/>
        <source>Text size: %1</source>
        <translation>Tamaño del texto: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/screen_bar.py" line="64"/>
        <source>High contrast: on</source>
        <translation>Alto contraste: sí</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/screen_bar.py" line="65"/>
        <source>High contrast: off</source>
        <translation>Alto contraste: no</translation>
    </message>
</context>
<context>
    <name>SessionWatch</name>
    <message>
        <location filename="../../letterbox/ui/session_watch.py" line="79"/>
        <source>Signed in somewhere else</source>
        <translation>Ha entrado en otro sitio</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/session_watch.py" line="80"/>
        <source>You signed in on another computer, so this one was closed. Everything you wrote here is saved.</source>
        <translation>Ha entrado en otro ordenador, así que este se ha cerrado. Todo lo que escribió aquí está guardado.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="61"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="66"/>
        <source>Facility profile</source>
        <translation>Perfil del centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="67"/>
        <source>Facility profile:</source>
        <translation>Perfil del centro:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="70"/>
        <location filename="../../letterbox/ui/staff/settings.py" line="74"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="71"/>
        <source>Sign a parent out after no input for:</source>
        <translation>Cerrar la sesión de un padre o una madre tras este tiempo sin actividad:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="75"/>
        <source>Longest recording (if the profile says nothing):</source>
        <translation>Duración máxima de una grabación (si el perfil no la indica):</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="77"/>
        <source>A worker approves every item before export</source>
        <translation>Un miembro del personal aprueba cada elemento antes de exportarlo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="78"/>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="82"/>
        <source>Only the shipped stories</source>
        <translation>Solo los cuentos incluidos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="83"/>
        <source>Story folder</source>
        <translation>Carpeta de cuentos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="85"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="87"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="88"/>
        <source>Staff story folder:</source>
        <translation>Carpeta de cuentos del personal:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="89"/>
        <source>Put the carer insert in each child&apos;s packet</source>
        <translation>Incluir la hoja para el cuidador/a en el paquete de cada niño o niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="90"/>
        <source>Carer insert:</source>
        <translation>Hoja para el cuidador/a:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="100"/>
        <source>Carer insert in English</source>
        <translation>Hoja para el cuidador/a en inglés</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="101"/>
        <source>Carer insert in Spanish</source>
        <translation>Hoja para el cuidador/a en español</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="104"/>
        <source>Insert: English</source>
        <translation>Hoja: inglés</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="105"/>
        <source>Insert: Spanish</source>
        <translation>Hoja: español</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="106"/>
        <source>A line starting with &apos;# &apos; is a heading, &apos;- &apos; a point. Spaces for local organisations are added at the end.</source>
        <translation>Una línea que empieza por &apos;# &apos; es un título, y una que empieza por &apos;- &apos;, un punto. Al final se añaden espacios para organizaciones locales.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="113"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="115"/>
        <source>Restore the default insert text</source>
        <translation>Restaurar el texto predeterminado de la hoja</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="166"/>
        <source>Folder of story files</source>
        <translation>Carpeta de archivos de cuentos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/settings.py" line="187"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../letterbox/ui/staff/settings.py" line="199"/>
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>Ajuste guardado: %n.</numerusform>
            <numerusform>Ajustes guardados: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="69"/>
        <source>Welcome to Letterbox</source>
        <translation>Le damos la bienvenida a Letterbox</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="70"/>
        <source>Find your name, then press Enter.</source>
        <translation>Busque su nombre y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="74"/>
        <source>Type part of your name</source>
        <translation>Escriba parte de su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="75"/>
        <source>Search names</source>
        <translation>Buscar nombres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="80"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="84"/>
        <source>No profiles yet. Press “I am new here”.</source>
        <translation>Todavía no hay perfiles. Pulse «Es mi primera vez aquí».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="88"/>
        <source>I am new here</source>
        <translation>Es mi primera vez aquí</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="99"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="101"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="151"/>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="175"/>
        <source>Type your PIN, then press Enter.</source>
        <translation>Escriba su PIN y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="179"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="187"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="191"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="200"/>
        <source>That is not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="264"/>
        <source>Tries left before a short wait: %1</source>
        <translation>Intentos que le quedan antes de una breve espera: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="287"/>
        <source>You can try your PIN again now.</source>
        <translation>Ya puede volver a probar su PIN.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="294"/>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="295"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="296"/>
        <source>Too many tries. Please wait %1, or ask staff to help you.</source>
        <translation>Demasiados intentos. Por favor, espere %1 o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="246"/>
        <source>Please type your PIN.</source>
        <translation>Por favor, escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/signin.py" line="263"/>
        <source>That PIN did not match. Please try again, or ask staff to reset it.</source>
        <translation>Ese PIN no es correcto. Inténtelo otra vez o pida al personal que lo cambie.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="174"/>
        <source>The reading voice is still starting. Please try again in a moment.</source>
        <translation>La voz lectora todavía se está iniciando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="177"/>
        <source>Reading aloud is not installed on this computer. Please ask staff.</source>
        <translation>La lectura en voz alta no está instalada en esta computadora. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="179"/>
        <source>The reading voice is not answering. Please ask staff to run “letterbox doctor”.</source>
        <translation>La voz de lectura no responde. Pida al personal que ejecute “letterbox doctor”.</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="182"/>
        <source>This computer has no voice to read aloud. Please ask staff to run “letterbox doctor”.</source>
        <translation>Esta computadora no tiene voz para leer en voz alta. Por favor, pida al personal que ejecute «letterbox doctor».</translation>
    </message>
    <message>
        <location filename="../../letterbox/audio/speech.py" line="186"/>
        <source>There is no voice for this language on this computer.</source>
        <translation>No hay voz para este idioma en esta computadora.</translation>
    </message>
</context>
<context>
    <name>SpellEdit</name>
    <message>
        <location filename="../../letterbox/ui/widgets/spell_edit.py" line="214"/>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/spell_edit.py" line="218"/>
        <source>“%1” is right: add it to my words</source>
        <translation>“%1” está bien escrita: añadirla a mis palabras</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../../letterbox/ui/spoken.py" line="78"/>
        <source>Box to type in: %1</source>
        <translation>Casilla para escribir: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/spoken.py" line="88"/>
        <source>Press “%1”.</source>
        <translation>Pulse «%1».</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="55"/>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="58"/>
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="68"/>
        <source>Staff pages</source>
        <translation>Páginas del personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="92"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="92"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="92"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="93"/>
        <source>Parents</source>
        <translation>Padres</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="93"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="93"/>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="94"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="94"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="105"/>
        <source>Close Letterbox</source>
        <translation>Cerrar Letterbox</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/home.py" line="107"/>
        <source>Kiosk mode: closes the program for maintenance. The kiosk session starts it again at the next log-in.</source>
        <translation>Modo quiosco: cierra el programa para hacer mantenimiento. La sesión del quiosco lo vuelve a abrir en el próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../letterbox/ui/staff/page.py" line="42"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>StaffReasons</name>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="19"/>
        <source>No-contact order</source>
        <translation>Orden de prohibición de contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="20"/>
        <source>The carer does not agree to contact</source>
        <translation>El cuidador/a no está de acuerdo con el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/contacts.py" line="21"/>
        <source>Safeguarding: waiting for the social worker</source>
        <translation>Protección del menor: esperando al trabajador/a social</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="30"/>
        <source>Please leave out the part about money: the mail room will not send it.</source>
        <translation>Por favor, quite la parte sobre dinero: la sala de correo no la enviará.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="32"/>
        <source>Please do not ask your child to pass on messages or to contact anyone.</source>
        <translation>Por favor, no le pida a su hijo o hija que pase mensajes ni que contacte con nadie.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="34"/>
        <source>Please leave out dates you cannot be sure of, such as when you will come home.</source>
        <translation>Por favor, quite las fechas que no son seguras, como cuándo volverá a casa.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="36"/>
        <source>Please leave out talk about your case or the court.</source>
        <translation>Por favor, no hable de su caso ni del tribunal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="37"/>
        <source>Please do not ask your child to keep secrets.</source>
        <translation>Por favor, no le pida a su hijo o hija que guarde secretos.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="38"/>
        <source>We could not hear all of the recording. Please record it again, a little closer to the microphone.</source>
        <translation>No pudimos oír toda la grabación. Por favor, grábela otra vez, un poco más cerca del micrófono.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="42"/>
        <source>The mail room held it back because of what it says.</source>
        <translation>La sala de correo la retuvo por lo que dice.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="43"/>
        <source>The mail room could not accept the recording.</source>
        <translation>La sala de correo no pudo aceptar la grabación.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review.py" line="44"/>
        <source>The name or address was not complete.</source>
        <translation>El nombre o la dirección no estaban completos.</translation>
    </message>
</context>
<context>
    <name>StaffSignInScreen</name>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="44"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="45"/>
        <source>For family-support workers and mail-room staff.</source>
        <translation>Para el personal de apoyo a las familias y de la sala de correo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="51"/>
        <source>Staff name</source>
        <translation>Nombre del miembro del personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="52"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="56"/>
        <location filename="../../letterbox/ui/staff/signin.py" line="58"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="64"/>
        <source>Sign-in message</source>
        <translation>Mensaje de acceso</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="66"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="82"/>
        <source>Please type your name and your passphrase.</source>
        <translation>Por favor, escriba su nombre y su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="105"/>
        <source>That name and passphrase do not match.</source>
        <translation>Ese nombre y esa frase de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="118"/>
        <source>You can try again now.</source>
        <translation>Ya puede intentarlo otra vez.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/signin.py" line="122"/>
        <source>Too many wrong tries. Please wait %1 seconds.</source>
        <translation>Demasiados intentos fallidos. Por favor, espere %1 segundos.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="216"/>
        <source>Read the question</source>
        <translation>Leer la pregunta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="225"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="227"/>
        <location filename="../../letterbox/ui/letter_steps.py" line="288"/>
        <source>Tap one to add it, then keep writing:</source>
        <translation>Toque una para añadirla y siga escribiendo:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="233"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="238"/>
        <source>You have already changed the whole letter, so answers here are not added to it. Go on to the letter to change it there.</source>
        <translation>Ya cambió la carta completa, así que las respuestas de aquí no se añaden. Siga hasta la carta para cambiarla allí.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="244"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="246"/>
        <source>Skip this one</source>
        <translation>Saltar esta</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="248"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="263"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="274"/>
        <source>Use these words</source>
        <translation>Usar estas palabras</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="277"/>
        <source>Adds these words where the cursor is</source>
        <translation>Añade estas palabras donde está el cursor</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="287"/>
        <source>Tap one to use it, or write your own:</source>
        <translation>Toque una para usarla, o escriba la suya:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="312"/>
        <source>You could start with:</source>
        <translation>Podría empezar con:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/letter_steps.py" line="316"/>
        <source>You wrote:</source>
        <translation>Usted escribió:</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../letterbox/ui/widgets/stepper.py" line="96"/>
        <source>not known</source>
        <translation>no lo sé</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/stepper.py" line="105"/>
        <source>Less: %1</source>
        <translation>Menos: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/widgets/stepper.py" line="108"/>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="40"/>
        <source>Book title:</source>
        <translation>Título del libro:</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="43"/>
        <source>Book title</source>
        <translation>Título del libro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="44"/>
        <source>For example: The Gruffalo</source>
        <translation>Por ejemplo: El Grúfalo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="51"/>
        <source>Introduction and pages</source>
        <translation>Introducción y páginas</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="56"/>
        <source>P&amp;lay</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="57"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="77"/>
        <source>For the reviewer: the book and anything you add in your own words.</source>
        <translation>Para quien revisa: el libro y lo que añada con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="121"/>
        <source>Introduction (optional)</source>
        <translation>Introducción (opcional)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="122"/>
        <location filename="../../letterbox/ui/record_story.py" line="152"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="124"/>
        <source>not recorded yet</source>
        <translation>aún sin grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="143"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="145"/>
        <source>Dad</source>
        <translation>Papá</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="146"/>
        <source>Say who you are and what you will read, for example: “This is %1, reading %2 for you, %3.”</source>
        <translation>Diga quién es y qué va a leer, por ejemplo: «Soy %1 y leo %2 para ti, %3».</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="153"/>
        <source>Read the page, then press Stop. Then turn the page and press Record for the next one.</source>
        <translation>Lea la página y luego pulse Parar. Después pase la página y pulse Grabar para la siguiente.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="155"/>
        <source>&amp;Record again</source>
        <translation>&amp;Grabar otra vez</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="156"/>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="176"/>
        <source>Delete this page?</source>
        <translation>¿Borrar esta página?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_story.py" line="177"/>
        <source>The recording of this page will be deleted for good.</source>
        <translation>La grabación de esta página se borrará para siempre.</translation>
    </message>
</context>
<context>
    <name>SubmitBar</name>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="43"/>
        <source>Send for re&amp;view</source>
        <translation>Enviar a re&amp;visión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="45"/>
        <source>Take it &amp;back to change it</source>
        <translation>Recuperarla para &amp;cambiarla</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="62"/>
        <source>When it is ready, press “Send for review”. Staff listen to it before it goes out.</source>
        <translation>Cuando esté lista, pulse “Enviar a revisión”. El personal la escucha antes de que salga.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="94"/>
        <source>Change this recording?</source>
        <translation>¿Cambiar esta grabación?</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="95"/>
        <source>It comes back to you to change. Staff will see it again only when you send it for review again.</source>
        <translation>Vuelve a usted para que la cambie. El personal solo la verá otra vez cuando usted la envíe de nuevo a revisión.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="111"/>
        <source>Sent for review</source>
        <translation>Enviada a revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="112"/>
        <source>Sent for review. Staff will listen before it goes out.</source>
        <translation>Enviada a revisión. El personal la escuchará antes de que salga.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/record_submit.py" line="126"/>
        <source>Not sent yet</source>
        <translation>Todavía no se envió</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="22"/>
        <location filename="../../letterbox/ui/wording.py" line="39"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="23"/>
        <source>Waiting for staff</source>
        <translation>Esperando al personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="24"/>
        <location filename="../../letterbox/ui/wording.py" line="41"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="25"/>
        <source>Returned: %1</source>
        <translation>Devuelta: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="26"/>
        <location filename="../../letterbox/ui/wording.py" line="43"/>
        <source>With the mail room</source>
        <translation>En la sala de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="27"/>
        <location filename="../../letterbox/ui/wording.py" line="44"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="28"/>
        <source>Not sent by the mail room: %1</source>
        <translation>La sala de correo no la envió: %1</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="33"/>
        <source>please ask staff</source>
        <translation>pregunte al personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="40"/>
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="42"/>
        <source>Returned to the parent</source>
        <translation>Devuelta al padre o la madre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="45"/>
        <source>Rejected by the mail room</source>
        <translation>Rechazada por la sala de correo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="52"/>
        <source>contact approved</source>
        <translation>contacto aprobado</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="53"/>
        <source>waiting for staff to approve contact</source>
        <translation>esperando que el personal apruebe el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="54"/>
        <source>contact not permitted</source>
        <translation>contacto no permitido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="75"/>
        <source>The sound library PortAudio is not installed.</source>
        <translation>La biblioteca de sonido PortAudio no está instalada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="76"/>
        <source>Ask staff to install it (Debian/Ubuntu: sudo apt-get install libportaudio2), then run “letterbox doctor”.</source>
        <translation>Pida al personal que la instale (Debian/Ubuntu: sudo apt-get install libportaudio2) y que luego ejecute “letterbox doctor”.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="79"/>
        <source>No microphone was found, or it cannot record at 48 kHz.</source>
        <translation>No se encontró ningún micrófono, o no puede grabar a 48 kHz.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="80"/>
        <source>Plug in a microphone or headset, check it is switched on and not muted, then run “letterbox doctor”.</source>
        <translation>Conecte un micrófono o unos auriculares con micrófono, revise que esté encendido y sin silenciar, y luego ejecute “letterbox doctor”.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="83"/>
        <source>The microphone could not be opened.</source>
        <translation>No se pudo abrir el micrófono.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="84"/>
        <source>Check it is plugged in and not used by another program, then run “letterbox doctor”.</source>
        <translation>Revise que esté conectado y que ningún otro programa lo esté usando, y luego ejecute “letterbox doctor”.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="87"/>
        <location filename="../../letterbox/ui/wording.py" line="91"/>
        <source>The recording could not be saved.</source>
        <translation>No se pudo guardar la grabación.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="88"/>
        <source>Ask staff to check the disk space with “letterbox doctor”.</source>
        <translation>Pida al personal que revise el espacio en el disco con “letterbox doctor”.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="92"/>
        <source>What was recorded is kept and will be offered back when you next sign in. Please ask staff to run “letterbox doctor”.</source>
        <translation>Lo que se grabó se conserva y se le ofrecerá otra vez la próxima vez que entre. Por favor, pida al personal que ejecute “letterbox doctor”.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="96"/>
        <source>Please ask staff to run “letterbox doctor”.</source>
        <translation>Por favor, pida al personal que ejecute “letterbox doctor”.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="102"/>
        <source>(Detail: %1)</source>
        <translation>(Detalle: %1)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="110"/>
        <source>the parent&apos;s profile is closed (archived)</source>
        <translation>el perfil del padre o la madre está cerrado (archivado)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="111"/>
        <source>not addressed to a child</source>
        <translation>no va dirigido a ningún hijo o hija</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="112"/>
        <source>contact with %1 is not permitted</source>
        <translation>el contacto con %1 no está permitido</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="113"/>
        <source>contact not yet approved by staff</source>
        <translation>el personal todavía no ha aprobado el contacto</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="114"/>
        <source>%2 does not accept recordings</source>
        <translation>%2 no acepta grabaciones</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="115"/>
        <source>the audio could not be processed: %3</source>
        <translation>no se pudo procesar el audio: %3</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="128"/>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="129"/>
        <source>ID number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="130"/>
        <source>wing and cell</source>
        <translation>módulo y celda</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="131"/>
        <source>facility</source>
        <translation>centro</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="132"/>
        <source>child&apos;s name</source>
        <translation>nombre del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="133"/>
        <source>carer&apos;s name</source>
        <translation>nombre del cuidador o la cuidadora</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="134"/>
        <source>carer&apos;s address</source>
        <translation>dirección del cuidador o la cuidadora</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="135"/>
        <source>relationship</source>
        <translation>parentesco</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="136"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="137"/>
        <source>staff name</source>
        <translation>nombre del personal</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="147"/>
        <source>Letterbox could not finish that. Nothing was lost. If it happens again, please ask staff.</source>
        <translation>Letterbox no pudo terminar eso. No se perdió nada. Si vuelve a pasar, pregunte al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="154"/>
        <source>That is not something this profile can do. Please ask staff.</source>
        <translation>Este perfil no puede hacer eso. Pregunte al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="156"/>
        <source>That item could not be found. It may have been deleted.</source>
        <translation>No se encontró. Puede que se haya borrado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="158"/>
        <source>That cannot be done to this item now.</source>
        <translation>Eso no se puede hacer ahora con esto.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="159"/>
        <source>This item is with staff. To change it, take it back first.</source>
        <translation>Esto lo tiene el personal. Para cambiarlo, recupérelo primero.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="161"/>
        <source>This item is with staff or the mail room and cannot be deleted now.</source>
        <translation>Esto lo tiene el personal o la sala de correo y no se puede borrar ahora.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="163"/>
        <source>Too many tries. Please wait %1 seconds, or ask staff for help.</source>
        <translation>Demasiados intentos. Espere %1 segundos o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="165"/>
        <source>The computer&apos;s disk is full. Nothing was lost; please ask staff to make room.</source>
        <translation>El disco de la computadora está lleno. No se perdió nada; pida al personal que libere espacio.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="168"/>
        <source>The connection to the facility&apos;s computer is down just now. Nothing was lost; please try again in a moment, or ask staff.</source>
        <translation>La conexión con el ordenador del centro no funciona en este momento. No se ha perdido nada; por favor, inténtelo de nuevo en un momento o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="171"/>
        <source>This recording cannot be played just now: its sound is damaged. Please ask staff.</source>
        <translation>Esta grabación no se puede escuchar ahora: su sonido está dañado. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="174"/>
        <source>Another export is running (since %1). Please wait for it to finish, then try again.</source>
        <translation>Hay otra exportación en curso (desde %1). Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="177"/>
        <source>The packet could not be written in %1: %2. Nothing was marked exported.</source>
        <translation>No se pudo escribir el paquete en %1: %2. No se marcó nada como exportado.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="180"/>
        <source>This station already has a signing key (%1). Packets signed with it are checked with its station.pub.</source>
        <translation>Este puesto ya tiene una clave de firma (%1). Los paquetes firmados con ella se comprueban con su station.pub.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="183"/>
        <source>The signing key %1 cannot be used (%2). Nothing was exported; make a new key or ask whoever looks after this computer.</source>
        <translation>No se puede usar la clave de firma %1 (%2). No se exportó nada; cree una clave nueva o consulte a quien se encarga de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="186"/>
        <source>There is no key file at %1.</source>
        <translation>No hay ningún archivo de clave en %1.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="187"/>
        <source>The file %1 is not a Letterbox station key.</source>
        <translation>El archivo %1 no es una clave de puesto de Letterbox.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="189"/>
        <source>A PIN is %1 to %2 numbers.</source>
        <translation>El PIN tiene de %1 a %2 números.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="190"/>
        <source>Please fill in: %1.</source>
        <translation>Por favor, complete: %1.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="191"/>
        <source>%1: at most %2 characters, please.</source>
        <translation>%1: como máximo %2 caracteres, por favor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="192"/>
        <source>Language must be English or Spanish.</source>
        <translation>El idioma debe ser inglés o español.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="193"/>
        <source>Text size must be normal, large or extra large.</source>
        <translation>El tamaño del texto debe ser normal, grande o muy grande.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="194"/>
        <source>A profile with this ID number already exists. Ask staff for help.</source>
        <translation>Ya existe un perfil con este número de identificación. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="196"/>
        <source>Please write the birth date as year, month and day, for example 2019-03-14.</source>
        <translation>Escriba la fecha de nacimiento como año, mes y día, por ejemplo 2019-03-14.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="199"/>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento es futura.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="200"/>
        <source>The age must be between 0 and 25.</source>
        <translation>La edad debe estar entre 0 y 25.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="201"/>
        <source>The age (%1) and the birthday (which makes %2) do not agree. Please say which one is right.</source>
        <translation>La edad (%1) y el cumpleaños (que da %2) no coinciden. Por favor, diga cuál es la correcta.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="204"/>
        <source>This letter is %1 characters long; the most Letterbox keeps is %2. Nothing was lost: please split it into two letters.</source>
        <translation>Esta carta tiene %1 caracteres; Letterbox guarda como máximo %2. No se perdió nada: divídala en dos cartas.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="207"/>
        <source>The letter is empty. Write a few words first.</source>
        <translation>La carta está vacía. Escriba primero unas palabras.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="208"/>
        <source>Please give a reason.</source>
        <translation>Indique un motivo, por favor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="209"/>
        <source>This profile is closed. Please ask staff.</source>
        <translation>Este perfil está cerrado. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="211"/>
        <source>Archive this profile before deleting its data.</source>
        <translation>Archive este perfil antes de borrar sus datos.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="213"/>
        <source>Contact with %1 has not been approved, so nothing can be recorded or sent to them yet. Please talk to staff.</source>
        <translation>El contacto con %1 no está aprobado, así que todavía no se puede grabar ni enviar nada. Hable con el personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="216"/>
        <source>This facility does not accept recordings. You can write a letter instead.</source>
        <translation>Este centro no acepta grabaciones. Puede escribir una carta.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="219"/>
        <source>This recording has reached the longest time allowed (%1). Redo a part, or start a new recording.</source>
        <translation>Esta grabación llegó al tiempo máximo permitido (%1). Vuelva a grabar una parte o empiece una grabación nueva.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="222"/>
        <source>There is nothing to send yet. Record your message first.</source>
        <translation>Todavía no hay nada que enviar. Grabe primero su mensaje.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="224"/>
        <source>This take did not record anything. Please record it again.</source>
        <translation>Esta toma no grabó nada. Vuelva a grabarla, por favor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="226"/>
        <source>We could not hear you in this take. Please check the microphone and record it again.</source>
        <translation>No se le oye en esta toma. Revise el micrófono y vuelva a grabarla.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="229"/>
        <source>Page %1 has not been recorded yet. Please record it, or ask staff for help.</source>
        <translation>La página %1 todavía no está grabada. Grábela o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="232"/>
        <source>%1 of %2 lines are not recorded yet. Please record them all.</source>
        <translation>Faltan por grabar %1 de %2 líneas. Grábelas todas, por favor.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="234"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Todavía no se ha grabado nada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="235"/>
        <source>Your letter could not be saved just now. Letterbox will try again when you carry on. Please tell staff.</source>
        <translation>Su carta no se pudo guardar ahora. Letterbox lo intentará de nuevo cuando siga escribiendo. Avise al personal.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="238"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="239"/>
        <source>The packet&apos;s folder (%1) is no longer there: it may have been moved or handed over. Nothing was changed.</source>
        <translation>La carpeta del paquete (%1) ya no está: puede que se haya movido o entregado. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="242"/>
        <source>That name and passphrase do not match.</source>
        <translation>Ese nombre y esa frase de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="243"/>
        <source>That cannot be accepted. Please check what you typed.</source>
        <translation>Eso no se puede aceptar. Por favor, revise lo que escribió.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="245"/>
        <source>This item is not ready to send yet.</source>
        <translation>Esto todavía no está listo para enviarse.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="246"/>
        <source>This item is not addressed to a child yet.</source>
        <translation>Esto todavía no va dirigido a ningún hijo o hija.</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/wording.py" line="247"/>
        <source>Please choose a number from %1 to %2.</source>
        <translation>Por favor, elija un número del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../letterbox/ui/staff/review_keys.py" line="49"/>
        <source>Approve for the mail room (A or Ctrl+Enter)</source>
        <translation>Aprobar para la sala de correo (A o Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review_keys.py" line="50"/>
        <source>Send back to the parent with a reason (R)</source>
        <translation>Devolver al padre o la madre con un motivo (R)</translation>
    </message>
    <message>
        <location filename="../../letterbox/ui/staff/review_keys.py" line="51"/>
        <source>Next item: J or Ctrl+Down · previous: K or Ctrl+Up · Shift or Ctrl + click to choose several</source>
        <translation>Elemento siguiente: J o Ctrl+Abajo · anterior: K o Ctrl+Arriba · Mayús o Ctrl + clic para elegir varios</translation>
    </message>
</context>
</TS>
