<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/sources/apierror.cpp" line="13"/>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="18"/>
        <source>cannot reach %1: %2</source>
        <translation>não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="21"/>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 não respondeu a tempo (%2)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="24"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondeu HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="28"/>
        <source>%1 refused the credentials (HTTP %2): check the auth settings of this source</source>
        <translation>%1 recusou as credenciais (HTTP %2): verifique a autenticação desta fonte</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="30"/>
        <source>%1 refused the credentials (HTTP %2): %3</source>
        <translation>%1 recusou as credenciais (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="33"/>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 respondeu %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="34"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondeu %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="37"/>
        <source>%1 sent a response that cannot be read: %2</source>
        <translation>%1 enviou uma resposta que não pode ser lida: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="40"/>
        <source>the request to %1 was canceled</source>
        <translation>a requisição a %1 foi cancelada</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="43"/>
        <source>offline: the cache holds nothing from %1 for this window</source>
        <translation>offline: o cache não tem nada de %1 para esta janela</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="47"/>
        <source> (query: %1)</source>
        <translation> (consulta: %1)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="55"/>
        <source>source unreachable</source>
        <translation>fonte inacessível</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="57"/>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="59"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="61"/>
        <source>credentials refused</source>
        <translation>credenciais recusadas</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="63"/>
        <source>query error: %1</source>
        <translation>erro de consulta: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="65"/>
        <source>unreadable answer</source>
        <translation>resposta ilegível</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="67"/>
        <source>not in the cache</source>
        <translation>não está no cache</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="71"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>BookingsDatabase</name>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="57"/>
        <source>wrong password for user %1</source>
        <translation>senha incorreta para o usuário %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="59"/>
        <source>the server refuses user %1 here: %2</source>
        <translation>o servidor recusa o usuário %1 aqui: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="61"/>
        <source>TLS failed (sslmode %1): %2</source>
        <translation>o TLS falhou (sslmode %1): %2</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="64"/>
        <source>no answer within %1 s (connect timeout)</source>
        <translation>sem resposta em %1 s (tempo limite de conexão)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="65"/>
        <source>unreachable: %1</source>
        <translation>inacessível: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="96"/>
        <source>no password: store it in the keychain (service Atalaya, key %1)</source>
        <translation>sem senha: guarde-a no chaveiro (serviço Atalaya, chave %1)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="97"/>
        <source>no password: set %1, or store it in the keychain (service Atalaya, key %2)</source>
        <translation>sem senha: defina %1 ou guarde-a no chaveiro (serviço Atalaya, chave %2)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="129"/>
        <source>(next attempt in %1 s)</source>
        <translation>(próxima tentativa em %1 s)</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="211"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="213"/>
        <source>the statement ran longer than %1 ms (statement_timeout) and was stopped</source>
        <translation>a consulta passou de %1 ms (statement_timeout) e foi interrompida</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="218"/>
        <source>a view of the contract is missing (%1): install packaging/bookings/views.sql</source>
        <translation>falta uma view do contrato (%1): instale packaging/bookings/views.sql</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="220"/>
        <source>not allowed: %1</source>
        <translation>não permitido: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="224"/>
        <source>the connection was lost: %1</source>
        <translation>a conexão foi perdida: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/bookingsdb.cpp" line="382"/>
        <source>offline review: nothing is cached for this window</source>
        <translation>revisão offline: nada em cache para esta janela</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../models/config/config.cpp" line="64"/>
        <source>expected an object, found %1</source>
        <translation>esperava-se um objeto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="74"/>
        <source>unknown key (known keys here: %1)</source>
        <translation>chave desconhecida (chaves válidas aqui: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="85"/>
        <source>expected a string, found %1</source>
        <translation>esperava-se um texto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="108"/>
        <source>expected a number, found %1</source>
        <translation>esperava-se um número, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="126"/>
        <source>expected true or false, found %1</source>
        <translation>esperava-se true ou false, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="148"/>
        <location filename="../models/config/config.cpp" line="620"/>
        <source>is required</source>
        <translation>é obrigatória</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="151"/>
        <source>&quot;%1&quot; is not a valid id (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, at most 63)</source>
        <translation>&quot;%1&quot; não é um id válido (minúsculas, dígitos, &apos;-&apos; e &apos;_&apos;, até 63)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="163"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; não é uma URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="166"/>
        <source>credentials must not be written in the URL; use &quot;auth&quot; with &quot;secretEnv&quot;</source>
        <translation>as credenciais não devem ir na URL; use &quot;auth&quot; com &quot;secretEnv&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="169"/>
        <source>must start with &apos;/&apos;</source>
        <translation>deve começar com &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="174"/>
        <source>&quot;%1&quot; is not one of none, basic, bearer</source>
        <translation>&quot;%1&quot; não é none, basic nem bearer</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="180"/>
        <source>must name the environment variable that holds the secret (secrets are never stored in this file)</source>
        <translation>deve nomear a variável de ambiente que contém o segredo (segredos nunca são guardados neste arquivo)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="183"/>
        <source>is required for basic auth</source>
        <translation>é obrigatório para autenticação basic</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="188"/>
        <source>expected an object of header names to values</source>
        <translation>esperava-se um objeto de nomes de cabeçalho para valores</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="193"/>
        <source>not an allowed header name</source>
        <translation>não é um nome de cabeçalho permitido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="195"/>
        <source>expected a string</source>
        <translation>esperava-se um texto</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="198"/>
        <source>header values must be one line</source>
        <translation>os valores de cabeçalho devem ter uma linha</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="206"/>
        <source>must be at least 1s</source>
        <translation>deve ser de pelo menos 1s</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="209"/>
        <source>&quot;%1&quot; is not one of auto, gzip, none</source>
        <translation>&quot;%1&quot; não é um de auto, gzip, none</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="214"/>
        <source>expected &quot;auto&quot; or a whole number from 1 to %1</source>
        <translation>esperava-se &quot;auto&quot; ou um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="229"/>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>&quot;%1&quot; não é um nome de host nem um endereço</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="232"/>
        <source>expected a port from 1 to 65535</source>
        <translation>esperava-se uma porta de 1 a 65535</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="238"/>
        <source>&quot;%1&quot; is not a PostgreSQL name (letters, digits, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&quot;%1&quot; não é um nome do PostgreSQL (letras, dígitos, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="243"/>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="246"/>
        <source>expected an absolute file name without spaces or quotes</source>
        <translation>esperava-se um caminho de arquivo absoluto, sem espaços nem aspas</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="251"/>
        <source>must name the environment variable that holds the password (passwords are never stored in this file)</source>
        <translation>deve nomear a variável de ambiente que contém a senha (senhas nunca são guardadas neste arquivo)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="255"/>
        <source>host, database and user are required</source>
        <translation>host, database e user são obrigatórios</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="262"/>
        <source>expected an object of query names to PromQL</source>
        <translation>esperava-se um objeto de nomes de consulta para PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="270"/>
        <source>unknown query (known: %1)</source>
        <translation>consulta desconhecida (válidas: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="272"/>
        <source>expected a PromQL string</source>
        <translation>esperava-se um texto PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="277"/>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconhecido {%1} (válidos: %2)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="296"/>
        <source>expected a list of [from, to] hours</source>
        <translation>esperava-se uma lista de horas [de, até]</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="301"/>
        <source>expected [from, to] with 0 &lt;= from &lt; to &lt;= 24</source>
        <translation>esperava-se [de, até] com 0 &lt;= de &lt; até &lt;= 24</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="310"/>
        <source>expected a whole number from 1 to 1000</source>
        <translation>esperava-se um número inteiro de 1 a 1000</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="326"/>
        <source>latitude must be between -90 and 90</source>
        <translation>a latitude deve estar entre -90 e 90</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="328"/>
        <source>longitude must be between -180 and 180</source>
        <translation>a longitude deve estar entre -180 e 180</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="331"/>
        <source>must be a positive number of milliseconds</source>
        <translation>deve ser um número positivo de milissegundos</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="335"/>
        <source>must be between 0 and 1</source>
        <translation>deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="340"/>
        <source>&quot;%1&quot; is not a map area id such as &quot;AR&quot; or &quot;AR.X&quot;</source>
        <translation>&quot;%1&quot; não é um id de área do mapa como &quot;AR&quot; ou &quot;AR.X&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="371"/>
        <source>&quot;%1&quot; is not a kube context name</source>
        <translation>&quot;%1&quot; não é um nome de contexto do kube</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="374"/>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>&quot;%1&quot; não é um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="380"/>
        <source>give either &quot;configMap&quot; or &quot;file&quot;</source>
        <translation>informe &quot;configMap&quot; ou &quot;file&quot;, apenas um dos dois</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="390"/>
        <source>is not a Kubernetes object name</source>
        <translation>não é um nome de objeto do Kubernetes</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="393"/>
        <source>is not a ConfigMap key (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>não é uma chave de ConfigMap (letras, dígitos, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="398"/>
        <source>expected an absolute file name</source>
        <translation>esperava-se um caminho de arquivo absoluto</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="402"/>
        <source>must be viewer, operator or manager</source>
        <translation>deve ser viewer, operator ou manager</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="404"/>
        <source>every environment needs a Prometheus URL</source>
        <translation>cada ambiente precisa de uma URL do Prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="467"/>
        <source>expected a list of names</source>
        <translation>esperava-se uma lista de nomes</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="470"/>
        <source>expected a name</source>
        <translation>esperava-se um nome</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="478"/>
        <source>expected the three levels 1, 2 and 3</source>
        <translation>esperavam-se os três níveis 1, 2 e 3</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="487"/>
        <source>expected %1 (levels 1, 2, 3 in order)</source>
        <translation>esperava-se %1 (níveis 1, 2, 3 em ordem)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="492"/>
        <source>&quot;%1&quot; is not a feature name (lowercase letters, digits and &apos;_&apos;)</source>
        <translation>&quot;%1&quot; não é um nome de funcionalidade (minúsculas, dígitos e &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="494"/>
        <source>&quot;%1&quot; is switched off by an earlier level already</source>
        <translation>&quot;%1&quot; já é desligada por um nível anterior</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="512"/>
        <source>must be above 1</source>
        <translation>deve ser maior que 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="514"/>
        <source>must be a fraction above 0, e.g. 0.2 for +20%</source>
        <translation>deve ser uma fração maior que 0, p. ex. 0.2 para +20%</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="518"/>
        <location filename="../models/config/config.cpp" line="521"/>
        <location filename="../models/config/config.cpp" line="524"/>
        <source>must not be negative</source>
        <translation>não pode ser negativo</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="530"/>
        <source>must be sameHourLastWeek or medianOfSevenDays</source>
        <translation>deve ser sameHourLastWeek ou medianOfSevenDays</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="543"/>
        <source>must be the pesos one US dollar buys, e.g. 1450 (0: not shown)</source>
        <translation>deve ser a quantidade de pesos que um dólar americano compra, p. ex. 1450 (0: não são mostrados)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="548"/>
        <source>expected 0 &lt; budgetAlert &lt;= budgetCap, e.g. 1.2 and 1.5</source>
        <translation>esperava-se 0 &lt; budgetAlert &lt;= budgetCap, p. ex. 1.2 e 1.5</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="551"/>
        <source>must be above 1, e.g. 1.5 for 150% of the trend</source>
        <translation>deve ser maior que 1, p. ex. 1.5 para 150% da tendência</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="554"/>
        <source>must be between 3 and 90 days</source>
        <translation>deve estar entre 3 e 90 dias</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="559"/>
        <source>must be a fraction above 0 and at most 1</source>
        <translation>deve ser uma fração maior que 0 e no máximo 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="563"/>
        <source>expected a list of fractions, one per year</source>
        <translation>esperava-se uma lista de frações, uma por ano</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="567"/>
        <source>expected a fraction, e.g. 0.25</source>
        <translation>esperava-se uma fração, p. ex. 0.25</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="573"/>
        <source>must be 1 or more</source>
        <translation>deve ser 1 ou mais</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="577"/>
        <source>&quot;%1&quot; is not a duration such as 1m or 5m</source>
        <translation>&quot;%1&quot; não é uma duração como 1m ou 5m</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="588"/>
        <source>this console reads configuration version 1</source>
        <translation>este console lê a versão 1 da configuração</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="591"/>
        <source>&quot;%1&quot; is not a known IANA time zone</source>
        <translation>&quot;%1&quot; não é um fuso horário IANA conhecido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="602"/>
        <source>must be a fraction, e.g. 0.999</source>
        <translation>deve ser uma fração, p. ex. 0.999</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="609"/>
        <source>must be between 1 and 3650 days</source>
        <translation>deve estar entre 1 e 3650 dias</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="627"/>
        <source>expected a non-empty list</source>
        <translation>esperava-se uma lista não vazia</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="638"/>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="650"/>
        <source>no environment is named &quot;%1&quot;</source>
        <translation>nenhum ambiente se chama &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="668"/>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="670"/>
        <source>not valid JSON (%1)</source>
        <translation>não é JSON válido (%1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="674"/>
        <source>the top level must be a JSON object</source>
        <translation>o nível superior deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="753"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="754"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: chave &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="761"/>
        <source>ConfigMap %1/%2 (%3)</source>
        <translation>ConfigMap %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="846"/>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
</context>
<context>
    <name>CostService</name>
    <message>
        <location filename="../models/costs/costservice.cpp" line="46"/>
        <source>OpenCost API at %1</source>
        <translation>API do OpenCost em %1</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="47"/>
        <source>OpenCost metrics in Prometheus at %1</source>
        <translation>Métricas do OpenCost no Prometheus (%1)</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="65"/>
        <source>offline review: no cost is cached for this window</source>
        <translation>revisão offline: nenhum custo em cache para esta janela</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="108"/>
        <source>offline review: costs are not asked</source>
        <translation>revisão offline: os custos não são consultados</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="119"/>
        <source>pods&apos; CPU and memory requests at the nodes&apos; hourly prices (OpenCost metrics)</source>
        <translation>as requisições de CPU e memória dos pods aos preços por hora dos nós (métricas do OpenCost)</translation>
    </message>
    <message>
        <location filename="../models/costs/costservice.cpp" line="143"/>
        <source>neither Prometheus nor OpenCost knows the cost of a pod of %1/%2</source>
        <translation>nem o Prometheus nem o OpenCost sabem o custo de um pod de %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/costs/costservice.cpp" line="146"/>
        <source>the last hour of %n pod(s) in OpenCost&apos;s allocation API</source>
        <translation>
            <numerusform>a última hora de %n pod na API de alocação do OpenCost</numerusform>
            <numerusform>a última hora de %n pods na API de alocação do OpenCost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DegradationMonitor</name>
    <message>
        <location filename="../models/degradation/monitor.cpp" line="114"/>
        <source>offline review: the flag store is not read</source>
        <translation>revisão offline: o armazenamento de flags não é lido</translation>
    </message>
    <message>
        <location filename="../models/degradation/monitor.cpp" line="132"/>
        <source>Offline review: triggers are evaluated on live data only.</source>
        <translation>Revisão offline: os gatilhos só são avaliados com dados ao vivo.</translation>
    </message>
</context>
<context>
    <name>FlagStore</name>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="70"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: não é possível ler: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="98"/>
        <source>%1 holds no flag definition: %2</source>
        <translation>%1 não contém uma definição de flags: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="113"/>
        <source>the flag document does not follow the flagd schema, nothing was written: %1</source>
        <translation>o documento de flags não segue o esquema do flagd; nada foi gravado: %1</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="121"/>
        <source>%1 changed since it was read: read it again and retry</source>
        <translation>%1 mudou desde que foi lido: leia de novo e tente outra vez</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="126"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: não é possível gravar: %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="144"/>
        <source>the flag document is %1 KiB, more than one kubectl argument may hold (%2 KiB)</source>
        <translation>o documento de flags tem %1 KiB, mais do que cabe em um argumento do kubectl (%2 KiB)</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="153"/>
        <source>replace %1 (written next to it, then renamed)</source>
        <translation>substituir %1 (gravado ao lado e depois renomeado)</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="158"/>
        <source>&apos;{&quot;metadata&quot;:{…},&quot;data&quot;:{&quot;%1&quot;:&quot;&lt;the whole document&gt;&quot;}}&apos;</source>
        <translation>&apos;{&quot;metadata&quot;:{…},&quot;data&quot;:{&quot;%1&quot;:&quot;&lt;o documento inteiro&gt;&quot;}}&apos;</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="173"/>
        <source>there is no level %1 (levels are 0 to 3)</source>
        <translation>não existe o nível %1 (os níveis vão de 0 a 3)</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="207"/>
        <source>a reason is required</source>
        <translation>é preciso um motivo</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="218"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="224"/>
        <source>the audit entry could not be written, so nothing was changed</source>
        <translation>não foi possível gravar a auditoria, então nada foi alterado</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="241"/>
        <source>the document read back differs from the one written: someone changed it at the same time</source>
        <translation>o documento relido difere do que foi gravado: alguém o alterou ao mesmo tempo</translation>
    </message>
    <message>
        <location filename="../models/degradation/flagstore.cpp" line="243"/>
        <source>%1 is at level %2 in %3</source>
        <translation>%1 está no nível %2 em %3</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../models/degradation/flags.cpp" line="207"/>
        <source>%1 does not serve a level from 0 to 3</source>
        <translation>%1 não serve um nível de 0 a 3</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="219"/>
        <source>%1 has no flag</source>
        <translation>%1 não tem flag</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="226"/>
        <source>%1 is off although level %2 keeps it on</source>
        <translation>%1 está desligada embora o nível %2 a mantenha ligada</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="227"/>
        <source>%1 is on although level %2 switches it off</source>
        <translation>%1 está ligada embora o nível %2 a desligue</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="240"/>
        <source>maintenance mode is on although level %1 is not maintenance</source>
        <translation>o modo manutenção está ligado embora o nível %1 não seja de manutenção</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="241"/>
        <source>maintenance mode is off although level %1 is maintenance</source>
        <translation>o modo manutenção está desligado embora o nível %1 seja de manutenção</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="251"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>não é JSON: %1 no byte %2</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="256"/>
        <source>not a flag definition: the top level is not an object</source>
        <translation>não é uma definição de flags: o nível superior não é um objeto</translation>
    </message>
    <message>
        <location filename="../models/degradation/flags.cpp" line="277"/>
        <source>the flagd schema could not be used: %1</source>
        <translation>não foi possível usar o esquema do flagd: %1</translation>
    </message>
</context>
<context>
    <name>HttpSource</name>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="44"/>
        <source>empty body</source>
        <translation>corpo vazio</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="98"/>
        <source>the client was shut down</source>
        <translation>o cliente foi encerrado</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="101"/>
        <source>no answer within %1 ms</source>
        <translation>sem resposta em %1 ms</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="104"/>
        <source>no HTTP answer</source>
        <translation>sem resposta HTTP</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="113"/>
        <source>this source is configured without credentials</source>
        <translation>esta fonte está configurada sem credenciais</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="115"/>
        <source>the environment variable &quot;%1&quot; that should hold the secret is not set</source>
        <translation>a variável de ambiente &quot;%1&quot;, que deveria conter o segredo, não está definida</translation>
    </message>
    <message>
        <location filename="../models/sources/httpsupport.cpp" line="129"/>
        <source>expected JSON, got %1: %2</source>
        <translation>esperava JSON e veio %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/httptransport.cpp" line="233"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>a resposta passa de %1 MiB</translation>
    </message>
</context>
<context>
    <name>OpenCostClient</name>
    <message>
        <location filename="../models/costs/opencost.cpp" line="85"/>
        <location filename="../models/costs/opencost.cpp" line="92"/>
        <source>the window&apos;s start is not before its end</source>
        <translation>o início da janela não é anterior ao fim</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="96"/>
        <source>&quot;%1&quot; is not a window OpenCost accepts (today, yesterday, week, month, lastweek, lastmonth, a duration such as 7d, or a pair of RFC 3339 times or Unix seconds)</source>
        <translation>&quot;%1&quot; não é uma janela que o OpenCost aceite (today, yesterday, week, month, lastweek, lastmonth, uma duração como 7d ou um par de instantes RFC 3339 ou de segundos Unix)</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="108"/>
        <source>no aggregation was given</source>
        <translation>nenhuma agregação foi informada</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="111"/>
        <source>&quot;%1&quot; is not an aggregation OpenCost knows (%2, label:&lt;name&gt;, annotation:&lt;name&gt;)</source>
        <translation>&quot;%1&quot; não é uma agregação que o OpenCost conheça (%2, label:&lt;nome&gt;, annotation:&lt;nome&gt;)</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="121"/>
        <source>the answer is not JSON: %1</source>
        <translation>a resposta não é JSON: %1</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="131"/>
        <source>code %1 without a message</source>
        <translation>código %1 sem mensagem</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="136"/>
        <source>&quot;data&quot; is missing or not an array of allocation sets</source>
        <translation>&quot;data&quot; está ausente ou não é um array de conjuntos de alocações</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="145"/>
        <source>an allocation set is not an object</source>
        <translation>um conjunto de alocações não é um objeto</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="149"/>
        <source>allocation &quot;%1&quot; is not an object</source>
        <translation>a alocação &quot;%1&quot; não é um objeto</translation>
    </message>
    <message>
        <location filename="../models/costs/opencost.cpp" line="212"/>
        <source>a negative step</source>
        <translation>um passo negativo</translation>
    </message>
</context>
<context>
    <name>PromDecoder</name>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="55"/>
        <source>unexpected end of the body</source>
        <translation>fim inesperado do corpo</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="61"/>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>esperava-se &apos;%1&apos;, encontrado &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="84"/>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>esperava-se &apos;,&apos; ou &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="177"/>
        <location filename="../models/sources/promdecoder.cpp" line="181"/>
        <source>expected a number</source>
        <translation>esperava-se um número</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="193"/>
        <source>unterminated string</source>
        <translation>texto não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="198"/>
        <location filename="../models/sources/promdecoder.cpp" line="579"/>
        <source>&quot;%1&quot; is not a sample value</source>
        <translation>&quot;%1&quot; não é um valor de amostra</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="207"/>
        <source>nesting too deep</source>
        <translation>aninhamento profundo demais</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="253"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractere inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="260"/>
        <source>unexpected data after the JSON value</source>
        <translation>dados inesperados após o valor JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="267"/>
        <source>truncated \u escape</source>
        <translation>escape \u truncado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="279"/>
        <source>invalid \u escape</source>
        <translation>escape \u inválido</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="549"/>
        <location filename="../models/sources/promdecoder.cpp" line="610"/>
        <source>at byte %1: %2</source>
        <translation>no byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="557"/>
        <location filename="../models/sources/promdecoder.cpp" line="629"/>
        <source>no error message</source>
        <translation>sem mensagem de erro</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="567"/>
        <location filename="../models/sources/promdecoder.cpp" line="633"/>
        <source>&quot;status&quot; is missing or unknown (&quot;%1&quot;)</source>
        <translation>&quot;status&quot; ausente ou desconhecido (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="575"/>
        <source>a scalar result must be [time, &quot;value&quot;]</source>
        <translation>um resultado scalar deve ser [tempo, &quot;valor&quot;]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="584"/>
        <source>a string result must be [time, &quot;value&quot;]</source>
        <translation>um resultado string deve ser [tempo, &quot;valor&quot;]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="588"/>
        <source>&quot;data.resultType&quot; is missing</source>
        <translation>falta &quot;data.resultType&quot;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="590"/>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>resultType desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="593"/>
        <source>a %1 result must be a list of series</source>
        <translation>um resultado %1 deve ser uma lista de séries</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="615"/>
        <source>at byte 0: not a JSON object</source>
        <translation>no byte 0: não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="643"/>
        <source>&quot;data&quot; does not have the documented shape</source>
        <translation>&quot;data&quot; não tem o formato documentado</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="157"/>
        <source>an empty label name was asked for</source>
        <translation>foi pedido um nome de rótulo vazio</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="383"/>
        <source>%1 — last answer in %2 ms</source>
        <translation>%1 — última resposta em %2 ms</translation>
    </message>
</context>
<context>
    <name>PrometheusCostSource</name>
    <message>
        <location filename="../models/costs/promcost.cpp" line="142"/>
        <source>an empty window</source>
        <translation>uma janela vazia</translation>
    </message>
    <message>
        <location filename="../models/costs/promcost.cpp" line="142"/>
        <source>costs from Prometheus metrics are by namespace only</source>
        <translation>os custos a partir das métricas do Prometheus são apenas por namespace</translation>
    </message>
    <message>
        <location filename="../models/costs/promcost.cpp" line="209"/>
        <source>no pod of this deployment has cost metrics (node_cpu_hourly_cost, container_cpu_allocation)</source>
        <translation>nenhum pod deste deployment tem métricas de custo (node_cpu_hourly_cost, container_cpu_allocation)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../models/config/config.cpp" line="138"/>
        <source>&quot;%1&quot; is not a duration (examples: 15s, 5m, 1h30m)</source>
        <translation>&quot;%1&quot; não é uma duração (exemplos: 15s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="94"/>
        <location filename="../models/sources/promdecoder.cpp" line="112"/>
        <source>control character in a string</source>
        <translation>caractere de controle em um texto</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="98"/>
        <location filename="../models/sources/promdecoder.cpp" line="107"/>
        <source>unterminated string</source>
        <translation>texto não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="118"/>
        <source>unterminated escape</source>
        <translation>escape não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="145"/>
        <location filename="../models/sources/promdecoder.cpp" line="149"/>
        <location filename="../models/sources/promdecoder.cpp" line="152"/>
        <source>unpaired surrogate in \u escape</source>
        <translation>substituto sem par em escape \u</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="158"/>
        <source>invalid escape \%1</source>
        <translation>escape \%1 inválido</translation>
    </message>
</context>
<context>
    <name>atalaya::ActionDialog</name>
    <message>
        <location filename="../ui/actiondialog.cpp" line="32"/>
        <source>Roll back %1</source>
        <translation>Reverter %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="33"/>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="34"/>
        <source>Restore the autoscaler of %1</source>
        <translation>Restaurar o autoescalador de %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="35"/>
        <source>Scale %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="41"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="41"/>
        <source>&lt;b style=&quot;color:#ff6b6b&quot;&gt;%1 — production&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#ff6b6b&quot;&gt;%1 — produção&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="44"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="44"/>
        <source>%1 desired, %2 ready · revision %3 · %4</source>
        <translation>%1 desejadas, %2 prontas · revisão %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="54"/>
        <source> replicas</source>
        <translation> réplicas</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="55"/>
        <source>Emergency suggestion: 5 × the current replicas, capped at %1 (the vertical&apos;s scaling cap)</source>
        <translation>Sugestão de emergência: 5 × as réplicas atuais, até %1 (o limite de escala da vertical)</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="56"/>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="59"/>
        <source>Cost impact: asking…</source>
        <translation>Impacto no custo: consultando…</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="62"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="67"/>
        <source>Cost impact unknown: %1</source>
        <translation>Impacto no custo desconhecido: %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <location filename="../ui/actiondialog.cpp" line="84"/>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <source>Change cause</source>
        <translation>Motivo da mudança</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="77"/>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="90"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — exactly what will run:</source>
        <translation>&lt;b&gt;Prévia&lt;/b&gt; — exatamente o que será executado:</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="99"/>
        <source>Why (kept in the audit log), e.g. &quot;p95 800 ms in Córdoba, bookings failing&quot;</source>
        <translation>Por quê (fica na auditoria), p. ex. &quot;p95 800 ms em Córdoba, reservas falhando&quot;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="100"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="104"/>
        <source>Type %1 to confirm</source>
        <translation>Digite %1 para confirmar</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="105"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="113"/>
        <source>Confirm and run</source>
        <translation>Confirmar e executar</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="138"/>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actiondialog.cpp" line="140"/>
        <source>%1 replica(s): %2 an hour, %3 a day</source>
        <translation>
            <numerusform>%1 réplica: %2 por hora, %3 por dia</numerusform>
            <numerusform>%1 réplicas: %2 por hora, %3 por dia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="143"/>
        <source>ARS %1 a day at %2 ARS/USD</source>
        <translation>ARS %1 por dia a %2 ARS/USD</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="145"/>
        <source>%1 % of %2&apos;s daily budget</source>
        <translation>%1 % do orçamento diário de %2</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="149"/>
        <source>a whole day at this size takes %1 past its %2 % spend limit</source>
        <translation>um dia inteiro com esta quantidade de réplicas leva %1 além do seu limite de gasto de %2 %</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="151"/>
        <source>One replica: US$ %1 an hour, from %2</source>
        <translation>Uma réplica: US$ %1 por hora, segundo %2</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="168"/>
        <source>Reading the revision history…</source>
        <translation>Lendo o histórico de revisões…</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="173"/>
        <source>Cannot read the revisions: %1</source>
        <translation>Não é possível ler as revisões: %1</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="182"/>
        <source>%1 (running)</source>
        <translation>%1 (em execução)</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="184"/>
        <source>&lt;none&gt;</source>
        <translation>&lt;nenhum&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="209"/>
        <source>choose a revision</source>
        <translation>escolha uma revisão</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="218"/>
        <source>no recorded values to go back to</source>
        <translation>não há valores registrados para voltar</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="223"/>
        <source>An autoscaler (%1, %2–%3 replicas) manages this deployment and would undo a plain scale within seconds: its minimum is raised to %4 instead (maximum %5). The old values go into the audit log.</source>
        <translation>Um autoescalador (%1, %2–%3 réplicas) gerencia este deployment e desfaria uma escala simples em segundos: em vez disso o mínimo sobe para %4 (máximo %5). Os valores antigos ficam na auditoria.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="231"/>
        <source>%1 → %2 replicas (cap %3). --current-replicas makes it fail if someone else scaled first.</source>
        <translation>%1 → %2 réplicas (limite %3). --current-replicas faz falhar se outra pessoa escalou antes.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="236"/>
        <source>Undo of an emergency scale: the autoscaler goes back to %1–%2 replicas (now %3–%4) and decides the count again.</source>
        <translation>Desfazer uma escala de emergência: o autoescalador volta a %1–%2 réplicas (agora %3–%4) e volta a decidir a quantidade.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="242"/>
        <source>Back to revision %1; then the rollout is followed until done, failed or timed out.</source>
        <translation>Voltar à revisão %1; depois o rollout é acompanhado até terminar, falhar ou expirar.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="244"/>
        <source>Every pod is replaced, a few at a time; then the rollout is followed until done, failed or timed out.</source>
        <translation>Todos os pods são substituídos, poucos de cada vez; depois o rollout é acompanhado até terminar, falhar ou expirar.</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="246"/>
        <source>&lt;span style=&quot;color:#d29922&quot;&gt;Cannot run: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#d29922&quot;&gt;Não é possível executar: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="264"/>
        <source>Writing the audit entry, running, then verifying…</source>
        <translation>Gravando a auditoria, executando e verificando…</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="269"/>
        <source>&lt;span style=&quot;color:#3fb950&quot;&gt;Done: %1&lt;/span&gt; (audit entry %2)</source>
        <translation>&lt;span style=&quot;color:#3fb950&quot;&gt;Feito: %1&lt;/span&gt; (auditoria nº %2)</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="272"/>
        <source>&lt;span style=&quot;color:#f85149&quot;&gt;Failed: %1&lt;/span&gt;%2</source>
        <translation>&lt;span style=&quot;color:#f85149&quot;&gt;Falhou: %1&lt;/span&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/actiondialog.cpp" line="274"/>
        <source> (audit entry %1)</source>
        <translation> (auditoria nº %1)</translation>
    </message>
</context>
<context>
    <name>atalaya::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="44"/>
        <source>Audit log — every action that changed the platform</source>
        <translation>Auditoria — cada ação que mudou a plataforma</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="52"/>
        <source>Filter: user, action, deployment, reason…</source>
        <translation>Filtrar: usuário, ação, deployment, motivo…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="56"/>
        <source>Undo…</source>
        <translation>Desfazer…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="57"/>
        <source>Put an autoscaler back to the values an emergency scale recorded</source>
        <translation>Voltar um autoescalador aos valores que uma escala de emergência registrou</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="59"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Why and what ran</source>
        <translation>Por quê e o que rodou</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="63"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="96"/>
        <source>Reading %1 with kubectl…</source>
        <translation>Lendo %1 com kubectl…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="106"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="123"/>
        <source>%1 no longer exists</source>
        <translation>%1 não existe mais</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="137"/>
        <source>(no result recorded: running, or interrupted)</source>
        <translation>(sem resultado: em execução ou interrompida)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="154"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 por %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="175"/>
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>%n registro, o mais recente primeiro</numerusform>
            <numerusform>%n registros, os mais recentes primeiro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="176"/>
        <source>%1 of %2 entries match</source>
        <translation>%1 de %2 registros correspondem</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="195"/>
        <source>Export the audit log</source>
        <translation>Exportar a auditoria</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="195"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="202"/>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="202"/>
        <source>Cannot write %1</source>
        <translation>Não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>atalaya::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="24"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>atalaya::BookingsPage</name>
    <message>
        <location filename="../ui/bookingspage.cpp" line="98"/>
        <source>Bookings — %1</source>
        <translation>Reservas — %1</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>Bookings (24 h)</source>
        <translation>Reservas (24 h)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>vs same hours last week</source>
        <translation>vs. mesmas horas da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="102"/>
        <source>No-shows</source>
        <translation>Faltas</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="103"/>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="103"/>
        <source>Revenue (ARS)</source>
        <translation>Receita (ARS)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="103"/>
        <source>Provider utilisation (7 d)</source>
        <translation>Ocupação dos prestadores (7 d)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="105"/>
        <source>Aggregates only: no row names a patient, a customer or a provider</source>
        <translation>Apenas agregados: nenhuma linha identifica um paciente, um cliente ou um prestador</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Payment provider</source>
        <translation>Provedor de pagamento</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Attempts (24 h)</source>
        <translation>Tentativas (24 h)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Approved</source>
        <translation>Aprovados</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="109"/>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="110"/>
        <source>MercadoPago&apos;s target is 97 %; below 95 % is an incident</source>
        <translation>A meta do MercadoPago é 97 %; abaixo de 95 % é um incidente</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="113"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="116"/>
        <source>Bookings per hour, every vertical</source>
        <translation>Reservas por hora, todas as verticais</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="117"/>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="118"/>
        <source>bookings/h</source>
        <translation>reservas/h</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="118"/>
        <source>same hour last week</source>
        <translation>mesma hora da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="122"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="125"/>
        <source>Read from %1 as %2 (views of schema atalaya; sslmode %3)</source>
        <translation>Lido de %1 como %2 (views do esquema atalaya; sslmode %3)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="127"/>
        <source>No booking database is configured for this environment (sources.bookings).</source>
        <translation>Nenhum banco de dados de reservas está configurado para este ambiente (sources.bookings).</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="138"/>
        <source>No booking database is configured for this environment.</source>
        <translation>Nenhum banco de dados de reservas está configurado para este ambiente.</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="149"/>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="225"/>
        <source>%1 (aggregates only)</source>
        <translation>%1 (apenas agregados)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="230"/>
        <location filename="../ui/bookingspage.cpp" line="234"/>
        <location filename="../ui/bookingspage.cpp" line="235"/>
        <location filename="../ui/bookingspage.cpp" line="236"/>
        <location filename="../ui/bookingspage.cpp" line="239"/>
        <location filename="../ui/bookingspage.cpp" line="259"/>
        <location filename="../ui/bookingspage.cpp" line="260"/>
        <location filename="../ui/bookingspage.cpp" line="276"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="292"/>
        <source>Last 24 h (%1–%2) against the same hours last week</source>
        <translation>Últimas 24 h (%1–%2) comparadas com as mesmas horas da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="296"/>
        <source>%1 only (payments for every city) · %2</source>
        <translation>Apenas %1 (pagamentos de todas as cidades) · %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="298"/>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="300"/>
        <source>%1 — offline review: figures as of %2</source>
        <translation>%1 — revisão offline: números de %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="302"/>
        <source>%1 — offline: the database does not answer; figures as of %2</source>
        <translation>%1 — offline: o banco de dados não responde; números das %2</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="310"/>
        <source>Export bookings as CSV</source>
        <translation>Exportar reservas como CSV</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="310"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/bookingspage.cpp" line="316"/>
        <source>⚠ cannot write %1</source>
        <translation>⚠ não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>atalaya::CacheDialog</name>
    <message>
        <location filename="../ui/cachedialog.cpp" line="74"/>
        <source>Local cache</source>
        <translation>Cache local</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="82"/>
        <source>&lt;b&gt;What is cached&lt;/b&gt; — per source and query, the windows fetched (offline review shows these)</source>
        <translation>&lt;b&gt;O que está em cache&lt;/b&gt; — por fonte e consulta, as janelas obtidas (a revisão offline mostra estas)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>Windows cached</source>
        <translation>Janelas em cache</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>From – to</source>
        <translation>De – até</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="84"/>
        <source>Last fetched</source>
        <translation>Última obtenção</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="93"/>
        <source>&lt;b&gt;Pinned windows&lt;/b&gt; — kept beyond retention (incidents under review)</source>
        <translation>&lt;b&gt;Janelas fixadas&lt;/b&gt; — mantidas além da retenção (incidentes em análise)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="95"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="95"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="95"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="103"/>
        <source>Pin the current window…</source>
        <translation>Fixar a janela atual…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="104"/>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="105"/>
        <source>Export the current window…</source>
        <translation>Exportar a janela atual…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="106"/>
        <source>Compact now</source>
        <translation>Compactar agora</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="137"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 on disk · %4 series · %5 samples (%6 bytes a sample) · %7 audit entries&lt;br&gt;Holds %8 to %9 · kept for %10 days, pinned windows longer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 em disco · %4 séries · %5 amostras (%6 bytes por amostra) · %7 registros de auditoria&lt;br&gt;Contém de %8 a %9 · mantido por %10 dias, janelas fixadas por mais tempo</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="139"/>
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="141"/>
        <source>nothing yet</source>
        <translation>nada ainda</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="158"/>
        <location filename="../ui/cachedialog.cpp" line="166"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="187"/>
        <source>Compacting…</source>
        <translation>Compactando…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="191"/>
        <source>Compacted.</source>
        <translation>Compactado.</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="191"/>
        <source>Compacting failed; see the log.</source>
        <translation>Falha ao compactar; veja o log.</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="200"/>
        <source>Pin a window</source>
        <translation>Fixar uma janela</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="201"/>
        <source>Title for %1 – %2:</source>
        <translation>Título para %1 – %2:</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="202"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="219"/>
        <source>Export the current window</source>
        <translation>Exportar a janela atual</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="221"/>
        <source>Atalaya cache (*.atalaya)</source>
        <translation>Cache do Atalaya (*.atalaya)</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="224"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="226"/>
        <source>Exported to %1 — open it anywhere with: atalaya --open %1</source>
        <translation>Exportado para %1 — abra em qualquer máquina com: atalaya --open %1</translation>
    </message>
    <message>
        <location filename="../ui/cachedialog.cpp" line="227"/>
        <source>Export failed; see the log.</source>
        <translation>Falha ao exportar; veja o log.</translation>
    </message>
</context>
<context>
    <name>atalaya::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="129"/>
        <source>Drag across the chart to zoom; right-click to export</source>
        <translation>Arraste sobre o gráfico para ampliar; clique direito para exportar</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="171"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="224"/>
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="225"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="226"/>
        <source>Copy PromQL</source>
        <translation>Copiar PromQL</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="230"/>
        <source>Open in Prometheus</source>
        <translation>Abrir no Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="250"/>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="251"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="261"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="262"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="290"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>atalaya::CostsPage</name>
    <message>
        <location filename="../ui/costspage.cpp" line="68"/>
        <source>Costs — %1</source>
        <translation>Custos — %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="74"/>
        <source>US dollars (USD)</source>
        <translation>Dólares americanos (USD)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="77"/>
        <source>Argentine pesos (ARS)</source>
        <translation>Pesos argentinos (ARS)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="78"/>
        <source>Cloud cost is in USD; pesos at the configured rate (costs.arsPerUsd)</source>
        <translation>O custo da nuvem é em USD; os pesos, à cotação configurada (costs.arsPerUsd)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="79"/>
        <source>Set costs.arsPerUsd to show pesos and the share of revenue</source>
        <translation>Defina costs.arsPerUsd para ver pesos e o custo sobre a receita</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="81"/>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>Today (pace)</source>
        <translation>Hoje (ritmo)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="98"/>
        <source>Month to date</source>
        <translation>Acumulado do mês</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="99"/>
        <source>Budget (month)</source>
        <translation>Orçamento (mês)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="99"/>
        <source>Per booking (target)</source>
        <translation>Por reserva (meta)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="100"/>
        <source>Share of revenue</source>
        <translation>Sobre a receita</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="100"/>
        <source>Efficiency</source>
        <translation>Eficiência</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="107"/>
        <source>Spent today so far against the daily budget for the hours gone</source>
        <translation>O gasto de hoje até agora comparado com o orçamento diário das horas já passadas</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="108"/>
        <source>Month-to-date cost over month-to-date bookings</source>
        <translation>Custo acumulado do mês dividido pelas reservas acumuladas do mês</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="109"/>
        <source>OpenCost&apos;s total efficiency: usage over requests, cost-weighted</source>
        <translation>Eficiência total do OpenCost: uso sobre requisições, ponderado pelo custo</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="113"/>
        <source>Cost per day</source>
        <translation>Custo por dia</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="130"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="145"/>
        <source>other verticals</source>
        <translation>outras verticais</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="146"/>
        <source>idle</source>
        <translation>ocioso</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="155"/>
        <source> ARS</source>
        <translation> ARS</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="157"/>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="167"/>
        <location filename="../ui/costspage.cpp" line="247"/>
        <location filename="../ui/costspage.cpp" line="251"/>
        <location filename="../ui/costspage.cpp" line="274"/>
        <location filename="../ui/costspage.cpp" line="278"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="171"/>
        <source>ARS %1</source>
        <translation>ARS %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="172"/>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="252"/>
        <location filename="../ui/costspage.cpp" line="276"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="256"/>
        <source>No budget for this vertical (verticals[].monthlyBudgetUsd)</source>
        <translation>Esta vertical não tem orçamento (verticals[].monthlyBudgetUsd)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="257"/>
        <source>%1 spent against a budget of %2 for the %3 days the data covers</source>
        <translation>Gasto: %1 contra um orçamento de %2 para os %3 dias cobertos pelos dados</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="268"/>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="273"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="283"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costspage.cpp" line="284"/>
        <source>%1 over %n booking(s) this month</source>
        <translation>
            <numerusform>%1 dividido por %n reserva este mês</numerusform>
            <numerusform>%1 dividido por %n reservas este mês</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="286"/>
        <source>no bookings</source>
        <translation>sem reservas</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="291"/>
        <source>of ARS %1 revenue this month</source>
        <translation>de ARS %1 de receita este mês</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="308"/>
        <source>Month to date, verticals with a budget</source>
        <translation>Acumulado do mês, verticais com orçamento</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="309"/>
        <source>%1 of %2 budgeted for the days covered</source>
        <translation>%1 de %2 orçados para os dias cobertos</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="99"/>
        <location filename="../ui/costspage.cpp" line="311"/>
        <source>Month-end forecast</source>
        <translation>Previsão para o fim do mês</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="187"/>
        <source>Reading costs: %1…</source>
        <translation>Lendo os custos: %1…</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="219"/>
        <location filename="../ui/costspage.cpp" line="230"/>
        <source>Bookings: %1.</source>
        <translation>Reservas: %1.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="228"/>
        <source>Bookings counted in Prometheus (bookings_total); revenue needs the booking database.</source>
        <translation>Reservas contadas no Prometheus (bookings_total); a receita precisa do banco de dados de reservas.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="312"/>
        <source>%1 of the month&apos;s %2; whole cluster %3</source>
        <translation>%1 dos %2 do mês; cluster inteiro %3</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="313"/>
        <source>Idle, month to date</source>
        <translation>Ocioso, acumulado do mês</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="314"/>
        <source>%1 of the cluster&apos;s %2: waste (≥ %3 unused)</source>
        <translation>%1 dos %2 do cluster: desperdício (≥ %3 sem uso)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="316"/>
        <source>%1 of the cluster&apos;s %2</source>
        <translation>%1 dos %2 do cluster</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="318"/>
        <source>needs the booking database (revenue)</source>
        <translation>precisa do banco de dados de reservas (receita)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="318"/>
        <source>needs costs.arsPerUsd</source>
        <translation>precisa de costs.arsPerUsd</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="319"/>
        <source>target &lt; %1 (year %2); revenue ARS %3</source>
        <translation>meta &lt; %1 (ano %2); receita ARS %3</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="321"/>
        <source>Infrastructure / revenue</source>
        <translation>Infraestrutura / receita</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="328"/>
        <source>Whole cluster</source>
        <translation>Cluster inteiro</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="331"/>
        <source>⚠ %1, today at its pace: %2 a day, %3× its %4-day trend (%5 a day)</source>
        <translation>⚠ %1, hoje no ritmo atual: %2 por dia, %3× a tendência de %4 dias (%5 por dia)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="334"/>
        <source>⚠ %1, %2: %3, %4× its %5-day trend (%6 a day)</source>
        <translation>⚠ %1, %2: %3, %4× a tendência de %5 dias (%6 por dia)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="338"/>
        <source>No day above %1 of its trailing trend.</source>
        <translation>Nenhum dia acima de %1 da sua tendência recente.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="339"/>
        <source>Days above %1 of their trailing trend:</source>
        <translation>Dias acima de %1 da sua tendência recente:</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="345"/>
        <source>Budget pace: spend over the monthly budget prorated to the time the data covers; alert at %1, spend limit %2.</source>
        <translation>Ritmo do orçamento: gasto sobre o orçamento mensal proporcional ao período coberto pelos dados; alerta em %1, limite de gasto %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costspage.cpp" line="348"/>
        <source>Forecast: month to date plus the mean of the last %n complete day(s) for the rest of the month (and for days without data).</source>
        <translation>
            <numerusform>Previsão: o acumulado do mês mais a média do último dia completo para o resto do mês (e para os dias sem dados).</numerusform>
            <numerusform>Previsão: o acumulado do mês mais a média dos últimos %n dias completos para o resto do mês (e para os dias sem dados).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="351"/>
        <source>Forecast: month to date plus today&apos;s pace for the rest of the month.</source>
        <translation>Previsão: o acumulado do mês mais o ritmo de hoje para o resto do mês.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="353"/>
        <source>1 USD = %1 ARS (configured%2).</source>
        <translation>1 USD = %1 ARS (configurado%2).</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="355"/>
        <source>, as of %1</source>
        <translation>, em %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="356"/>
        <source>Revenue: %1 of the approved bookings&apos; value.</source>
        <translation>Receita: %1 do valor das reservas aprovadas.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="358"/>
        <source>Cost data starts on %1.</source>
        <translation>Os dados de custo começam em %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/costspage.cpp" line="378"/>
        <source>today projected from its first %n hour(s)</source>
        <translation>
            <numerusform>hoje: projeção a partir da primeira hora</numerusform>
            <numerusform>hoje: projeção a partir das primeiras %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="402"/>
        <source>no whole day of cost data yet</source>
        <translation>ainda não há nenhum dia completo de dados de custo</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="406"/>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="410"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="412"/>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="414"/>
        <source>%1 — offline review: cost as of %2</source>
        <translation>%1 — revisão offline: custos das %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="416"/>
        <source>%1 — offline: the cost source does not answer; cost as of %2</source>
        <translation>%1 — offline: a fonte de custos não responde; custos das %2</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="418"/>
        <source>Month to date: %1.</source>
        <translation>Acumulado do mês: %1.</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="458"/>
        <source>Export costs as CSV</source>
        <translation>Exportar custos como CSV</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="458"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/costspage.cpp" line="463"/>
        <source>⚠ cannot write %1</source>
        <translation>⚠ não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>atalaya::DegradationPage</name>
    <message>
        <location filename="../ui/degradationpage.cpp" line="45"/>
        <source>Degradation levels — %1</source>
        <translation>Níveis de degradação — %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Live level</source>
        <translation>Nível vigente</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Switched off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="54"/>
        <source>Drift</source>
        <translation>Desvio</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="70"/>
        <source>Change level…</source>
        <translation>Alterar nível…</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="78"/>
        <source>%1 maintenance mode</source>
        <translation>%1: modo manutenção</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="78"/>
        <source>%1 off: %2</source>
        <translation>%1: desliga %2</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="79"/>
        <source>Levels — %1. Managers change them; every change is audited and drawn on the charts.</source>
        <translation>Níveis — %1. Os managers os alteram; cada alteração fica na auditoria e é marcada nos gráficos.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="111"/>
        <source>Degradation levels are changed by managers; your role here is not manager.</source>
        <translation>Os níveis de degradação são alterados pelos managers; seu papel aqui não é manager.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="117"/>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="129"/>
        <source>⚠ %1 — levels below are unknown; the rest of the console works as usual.</source>
        <translation>⚠ %1 — os níveis abaixo são desconhecidos; o resto do console funciona normalmente.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="131"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>reduced</source>
        <translation>reduzido</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>essential only</source>
        <translation>só o essencial</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="145"/>
        <source>maintenance</source>
        <translation>manutenção</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="146"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="151"/>
        <source>maintenance: “%1”%2</source>
        <translation>manutenção: “%1”%2</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="154"/>
        <source>, until about %1</source>
        <translation>, até por volta de %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="156"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="159"/>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="166"/>
        <source>⚠ edited by hand: %1</source>
        <translation>⚠ editado manualmente: %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="170"/>
        <source>⚠ differs from what this console wrote: %1</source>
        <translation>⚠ difere do que este console gravou: %1</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="171"/>
        <source>⚠ changed by %1 since this console wrote it (%2)</source>
        <translation>⚠ alterado por %1 depois que este console o gravou (%2)</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="174"/>
        <source>✔ as this console wrote it</source>
        <translation>✔ como este console gravou</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="177"/>
        <source>written elsewhere</source>
        <translation>gravado fora deste console</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="177"/>
        <source>no level published yet</source>
        <translation>nenhum nível publicado ainda</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="184"/>
        <source>Live in %1, read at %2.</source>
        <translation>Vigente em %1, lido às %2.</translation>
    </message>
    <message>
        <location filename="../ui/degradationpage.cpp" line="186"/>
        <source>Every vertical at level 0.</source>
        <translation>Todas as verticais no nível 0.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/degradationpage.cpp" line="186"/>
        <source>%n vertical(s) degraded.</source>
        <translation>
            <numerusform>%n vertical degradada.</numerusform>
            <numerusform>%n verticais degradadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/degradationpage.cpp" line="188"/>
        <source>%n vertical(s) differ from what this console wrote.</source>
        <translation>
            <numerusform>%n vertical difere do que este console gravou.</numerusform>
            <numerusform>%n verticais diferem do que este console gravou.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::DeploymentsPage</name>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Ready</source>
        <translation>Prontas</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Up to date</source>
        <translation>Atualizadas</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Available</source>
        <translation>Disponíveis</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="49"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="50"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="50"/>
        <source>Autoscaler</source>
        <translation>Autoescalador</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="50"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="60"/>
        <source>Scale…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="61"/>
        <source>Roll back…</source>
        <translation>Reverter…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="62"/>
        <source>Restart…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="78"/>
        <source>Deployments — %1 (namespace %2)</source>
        <translation>Deployments — %1 (namespace %2)</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="89"/>
        <source>Reading the deployments with kubectl…</source>
        <translation>Lendo os deployments com kubectl…</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="111"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="118"/>
        <source>Your role in this environment is viewer: actions are not offered.</source>
        <translation>Seu papel neste ambiente é viewer: ações não são oferecidas.</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="120"/>
        <source>The cluster says you may not scale here: %1</source>
        <translation>O cluster diz que você não pode escalar aqui: %1</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="123"/>
        <source>The cluster says you may not change deployments here: %1</source>
        <translation>O cluster diz que você não pode alterar deployments aqui: %1</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="153"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="160"/>
        <source>%1–%2 (now %3)</source>
        <translation>%1–%2 (agora %3)</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="160"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="161"/>
        <source>failed: progress deadline exceeded</source>
        <translation>falhou: prazo de progresso excedido</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="161"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="162"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="163"/>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deploymentspage.cpp" line="166"/>
        <source>%n deployment(s) not fully ready</source>
        <translation>
            <numerusform>%n deployment não está totalmente pronto</numerusform>
            <numerusform>%n deployments não estão totalmente prontos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="166"/>
        <source>All deployments ready</source>
        <translation>Todos os deployments prontos</translation>
    </message>
    <message>
        <location filename="../ui/deploymentspage.cpp" line="167"/>
        <source> · read with kubectl at %1</source>
        <translation> · lido com kubectl às %1</translation>
    </message>
</context>
<context>
    <name>atalaya::LevelDialog</name>
    <message>
        <location filename="../ui/leveldialog.cpp" line="44"/>
        <source>Degradation level — %1</source>
        <translation>Nível de degradação — %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="47"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — degradation level</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nível de degradação</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="50"/>
        <source>Reading what is live in %1…</source>
        <translation>Lendo o que está vigente em %1…</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>reduced</source>
        <translation>reduzido</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>essential only</source>
        <translation>só o essencial</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="55"/>
        <source>maintenance</source>
        <translation>manutenção</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="59"/>
        <source>Level 0 — normal: every feature on</source>
        <translation>Nível 0 — normal: todas as funcionalidades ligadas</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="61"/>
        <source>maintenance mode: users see a full-page notice</source>
        <translation>modo manutenção: os usuários veem um aviso de página inteira</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="62"/>
        <source>switches off %1</source>
        <translation>desliga %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="63"/>
        <source>Level %1 — %2: %3</source>
        <translation>Nível %1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="65"/>
        <source>; keeps %1</source>
        <translation>; mantém %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="67"/>
        <source>; users are told by %1</source>
        <translation>; os usuários são avisados por %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="83"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="89"/>
        <source>Estimated resolution</source>
        <translation>Resolução estimada</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="97"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the vertical&apos;s flags, as flagd will serve them (diff):</source>
        <translation>&lt;b&gt;Prévia&lt;/b&gt; — as flags da vertical, como o flagd vai servi-las (diff):</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="106"/>
        <source>Publishes with: %1</source>
        <translation>Publica com: %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="112"/>
        <source>Why (kept in the audit log and in the flags&apos; metadata), e.g. &quot;p95 3× baseline since 21:40&quot;</source>
        <translation>Por quê (fica na auditoria e nos metadados das flags), p. ex. &quot;p95 3× a linha de base desde 21:40&quot;</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="113"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="116"/>
        <source>Type %1 to confirm maintenance mode</source>
        <translation>Digite %1 para confirmar o modo manutenção</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="117"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="126"/>
        <source>Apply level</source>
        <translation>Aplicar nível</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="157"/>
        <source>Degradation levels are the managers&apos;: your role in this environment is %1.</source>
        <translation>Os níveis de degradação cabem aos managers: seu papel neste ambiente é %1.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="158"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="158"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="160"/>
        <source>The cluster says you may not change %1: %2</source>
        <translation>O cluster diz que você não pode alterar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="163"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="167"/>
        <source>Live now: &lt;b&gt;level %1&lt;/b&gt;</source>
        <translation>Vigente agora: &lt;b&gt;nível %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="167"/>
        <source>Live now: no level published (level 0)</source>
        <translation>Vigente agora: nenhum nível publicado (nível 0)</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="169"/>
        <source>, set by %1 at %2</source>
        <translation>, definido por %1 em %2</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="172"/>
        <source>Edited by hand: %1</source>
        <translation>Editado manualmente: %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="173"/>
        <source>Read from %1.</source>
        <translation>Lido de %1.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="200"/>
        <source>Apply level %1</source>
        <translation>Aplicar nível %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="210"/>
        <source>%1 is at level %2 already; applying it again rewrites the same flags.</source>
        <translation>%1 já está no nível %2; aplicá-lo de novo regrava as mesmas flags.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="212"/>
        <source>Goes off: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Fica desligado: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="214"/>
        <source>Comes back: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Volta: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="216"/>
        <source>&lt;b&gt;Maintenance mode&lt;/b&gt;: every user of %1 sees “%2” until it is lifted.</source>
        <translation>&lt;b&gt;Modo manutenção&lt;/b&gt;: todos os usuários de %1 veem “%2” até que ele seja retirado.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="219"/>
        <source>Cannot be applied: %1</source>
        <translation>Não pode ser aplicado: %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="221"/>
        <source>(no change in the flags)</source>
        <translation>(nenhuma mudança nas flags)</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="242"/>
        <source>A reason is needed.</source>
        <translation>É preciso um motivo.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="244"/>
        <source>Maintenance mode: type %1 to confirm.</source>
        <translation>Modo manutenção: digite %1 para confirmar.</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="255"/>
        <source>Writing the audit entry, then %1…</source>
        <translation>Gravando a auditoria e depois %1…</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="262"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location filename="../ui/leveldialog.cpp" line="262"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>atalaya::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Atalaya — %1</source>
        <translation>Atalaya — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Offline review: Prometheus is not asked</source>
        <translation>Revisão offline: o Prometheus não é consultado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Local cache: %1</source>
        <translation>Cache local: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Version, licences and the sources of the data this console ships (F1)</source>
        <translation>Versão, licenças e a origem dos dados que este console inclui (F1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Times are shown in %1</source>
        <translation>Os horários são mostrados em %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Reviewing %1 (read-only): every chart shows what was exported; no source is asked.</source>
        <translation>Revisando %1 (somente leitura): cada gráfico mostra o que foi exportado; nenhuma fonte é consultada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Offline review: every chart shows the local cache; no source is asked.</source>
        <translation>Revisão offline: cada gráfico mostra o cache local; nenhuma fonte é consultada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Coverage: status bar → Cache.</source>
        <translation>Cobertura: barra de status → Cache.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Configuration problem — the console runs on the built-in defaults:&lt;br&gt;%1</source>
        <translation>Problema de configuração — o console usa os valores embutidos:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Refresh · %1</source>
        <translation>Atualizar · %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Refresh now (%1); the arrow sets the automatic refresh (%2)</source>
        <translation>Atualizar agora (%1); a seta define a atualização automática (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>off</source>
        <translation>desligada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>ATALAYA</source>
        <translation>ATALAYA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Production environment</source>
        <translation>Ambiente de produção</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Non-production environment</source>
        <translation>Ambiente fora de produção</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Degradation</source>
        <translation>Degradação</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>View</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Region: latency, requests/s and 5xx of every dashboard for this region only (or click a region on the map)</source>
        <translation>Região: latência, requisições/s e 5xx de todos os painéis apenas para esta região (ou clique em uma região no mapa)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>All regions</source>
        <translation>Todas as regiões</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Previous time range (%1)</source>
        <translation>Intervalo anterior (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Next time range (%1)</source>
        <translation>Próximo intervalo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>Last %1</source>
        <translation>Últimos %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>From… to…</source>
        <translation>De… até…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Time zone of every time shown</source>
        <translation>Fuso horário de todos os horários</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Time range of every chart</source>
        <translation>Intervalo de tempo de todos os gráficos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>every %1</source>
        <translation>a cada %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>About Atalaya</source>
        <translation>Sobre o Atalaya</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&lt;h3&gt;Atalaya %1&lt;/h3&gt;&lt;p&gt;The operations console of the booking platform: Prometheus, Alertmanager, OpenCost, the booking database and the user&apos;s own kubectl, with a local cache for offline review.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Built with Qt %2 (LGPL-3.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Map outlines&lt;/b&gt;: %3, from Debian&apos;s gmt-dcw package; simplified at build time.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flag schema&lt;/b&gt;: OpenFeature flagd-schemas (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Atalaya %1&lt;/h3&gt;&lt;p&gt;O console de operações da plataforma de reservas: Prometheus, Alertmanager, OpenCost, o banco de dados de reservas e o próprio kubectl do usuário, com um cache local para a revisão offline.&lt;/p&gt;&lt;p&gt;Licença: GPL-3.0-or-later. Feito com Qt %2 (LGPL-3.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contornos do mapa&lt;/b&gt;: %3, do pacote gmt-dcw do Debian; simplificados durante a compilação.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Esquema de flags&lt;/b&gt;: OpenFeature flagd-schemas (Apache-2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Time range</source>
        <translation>Intervalo de tempo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="532"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>Updated %1 (%2)</source>
        <translation>Atualizado %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>Some data could not be loaded: %1</source>
        <translation>Alguns dados não puderam ser carregados: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>Offline — the sources do not answer; charts show the local cache as of %1. Live data resumes by itself.</source>
        <translation>Offline — as fontes não respondem; os gráficos mostram o cache local das %1. Os dados ao vivo voltam sozinhos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Offline —</source>
        <translation>Offline —</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Cache ⚠</source>
        <translation>Cache ⚠</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Cache: offline review</source>
        <translation>Cache: revisão offline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Local cache %1 — click for coverage, pinned windows, export</source>
        <translation>Cache local %1 — clique para cobertura, janelas fixadas, exportação</translation>
    </message>
</context>
<context>
    <name>atalaya::MapPage</name>
    <message>
        <location filename="../ui/mappage.cpp" line="49"/>
        <source>under target</source>
        <translation>dentro da meta</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="51"/>
        <source>up to 20 % over</source>
        <translation>até 20 % acima</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="53"/>
        <source>over target</source>
        <translation>acima da meta</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="57"/>
        <location filename="../ui/mappage.cpp" line="290"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="66"/>
        <source>Regional latency — %1</source>
        <translation>Latência regional — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mappage.cpp" line="73"/>
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>última hora</numerusform>
            <numerusform>últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="76"/>
        <source>Replay:</source>
        <translation>Rever:</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="78"/>
        <location filename="../ui/mappage.cpp" line="121"/>
        <source>▶ Play</source>
        <translation>▶ Reproduzir</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="88"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="89"/>
        <source>Back to the latest figures; the map follows them on every refresh</source>
        <translation>Voltar aos números mais recentes; o mapa os acompanha a cada atualização</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>Requests/s</source>
        <translation>Requisições/s</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="97"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="121"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausar</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="188"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="221"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="223"/>
        <source>Offline review: figures as of %1.</source>
        <translation>Revisão offline: números das %1.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="225"/>
        <source>Offline: the source does not answer; figures as of %1.</source>
        <translation>Offline: a fonte não responde; números das %1.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="267"/>
        <source>%1 %2 ms (target %3 ms)</source>
        <translation>%1 %2 ms (meta %3 ms)</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="270"/>
        <source>Target from: %1</source>
        <translation>Origem da meta: %1</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="277"/>
        <location filename="../ui/mappage.cpp" line="278"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="277"/>
        <location filename="../ui/mappage.cpp" line="282"/>
        <location filename="../ui/mappage.cpp" line="283"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="290"/>
        <source>%1 (latest)</source>
        <translation>%1 (mais recente)</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="292"/>
        <source>No region has latency data in this span.</source>
        <translation>Nenhuma região tem dados de latência neste intervalo.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="294"/>
        <source>At %1 every region is at or under its p95 target.</source>
        <translation>Em %1, todas as regiões estão dentro da meta de p95.</translation>
    </message>
    <message>
        <location filename="../ui/mappage.cpp" line="296"/>
        <source>At %1 over target: %2.</source>
        <translation>Em %1, acima da meta: %2.</translation>
    </message>
</context>
<context>
    <name>atalaya::MapWidget</name>
    <message>
        <location filename="../ui/mapwidget.cpp" line="320"/>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <source>at or under target</source>
        <translation>dentro da meta</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <source>up to 20 % over</source>
        <translation>até 20 % acima</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <source>more than 20 % over</source>
        <translation>mais de 20 % acima</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="348"/>
        <location filename="../ui/mapwidget.cpp" line="455"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="356"/>
        <source>p95 against each region&apos;s target</source>
        <translation>p95 vs. meta de cada região</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="365"/>
        <source>size: requests/s</source>
        <translation>tamanho: requisições/s</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="371"/>
        <source>Outlines: %1</source>
        <translation>Contornos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="455"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="456"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;p95 %2 — target %3 ms (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;p95 %2 — meta %3 ms (%4)</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="459"/>
        <source>&lt;br&gt;%1 requests/s</source>
        <translation>&lt;br&gt;%1 requisições/s</translation>
    </message>
    <message>
        <location filename="../ui/mapwidget.cpp" line="461"/>
        <source>&lt;br&gt;5xx %1 %</source>
        <translation>&lt;br&gt;5xx %1 %</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="32"/>
        <location filename="../ui/overviewpage.cpp" line="117"/>
        <source>Overview — %1</source>
        <translation>Visão geral — %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="36"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="58"/>
        <source>Click a vertical to open its dashboard</source>
        <translation>Clique em uma vertical para abrir seu painel</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="63"/>
        <source>Regions — p95 against each region&apos;s target</source>
        <translation>Regiões — p95 em relação à meta de cada região</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="69"/>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>Click to open the regional latency map</source>
        <translation>Clique para abrir o mapa de latência regional</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>Regions: %1</source>
        <translation>Regiões: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="116"/>
        <source>Overview — %1 · region %2</source>
        <translation>Visão geral — %1 · região %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="254"/>
        <source>Showing the cache as of %1 while the sources answer…</source>
        <translation>Mostrando o cache das %1 enquanto as fontes respondem…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="274"/>
        <source>Could not refresh: %1</source>
        <translation>Não foi possível atualizar: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="276"/>
        <source>Offline review · from the cache, fetched %1</source>
        <translation>Revisão offline · do cache, obtido %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="277"/>
        <source>Offline — showing the cache as of %1</source>
        <translation>Offline — mostrando o cache das %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="279"/>
        <source>All verticals within their SLA · updated %1</source>
        <translation>Todas as verticais dentro do SLA · atualizado %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="281"/>
        <source>%n vertical(s) critical</source>
        <translation>
            <numerusform>%n vertical crítica</numerusform>
            <numerusform>%n verticais críticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="282"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="283"/>
        <source>updated %1</source>
        <translation>atualizado %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="285"/>
        <source>%1 only: p95 against its %2 ms target, requests/s and 5xx of its users; the other columns are platform-wide · </source>
        <translation>Apenas %1: p95 em relação à sua meta de %2 ms, requisições/s e 5xx dos seus usuários; as demais colunas são de toda a plataforma · </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="323"/>
        <source>%1 %2 ms (target %3 ms)</source>
        <translation>%1 %2 ms (meta %3 ms)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="325"/>
        <source>over their regional target: %1</source>
        <translation>acima da meta regional: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::QuerySet</name>
    <message>
        <location filename="../models/sources/queryset.cpp" line="135"/>
        <source>waiting for the source</source>
        <translation>aguardando a fonte</translation>
    </message>
    <message>
        <location filename="../models/sources/queryset.cpp" line="145"/>
        <source>offline review</source>
        <translation>revisão offline</translation>
    </message>
</context>
<context>
    <name>atalaya::RecommendationsPanel</name>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="51"/>
        <source>same hour last week</source>
        <translation>mesma hora da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="51"/>
        <source>median of the last 7 days</source>
        <translation>mediana dos últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="57"/>
        <source>p95 %1 ms is %2× its baseline</source>
        <translation>p95 %1 ms é %2× a linha de base</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="59"/>
        <source>5xx errors %1 % are %2× their baseline</source>
        <translation>erros 5xx %1 % são %2× a linha de base</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="61"/>
        <source>booking abandonment %1 % is %2× its baseline</source>
        <translation>abandono de reservas %1 % é %2× a linha de base</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="66"/>
        <source>p95 %1 ms is %2× its baseline (%3 ms, %4) for %5 min — trigger above %6×</source>
        <translation>p95 %1 ms é %2× a linha de base (%3 ms, %4) há %5 min — dispara acima de %6×</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="70"/>
        <source>5xx errors %1 % are %2× their baseline (%3 %, %4) for %5 min — trigger above %6×</source>
        <translation>erros 5xx %1 % são %2× a linha de base (%3 %, %4) há %5 min — dispara acima de %6×</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="74"/>
        <source>booking abandonment %1 % is %2× its baseline (%3 %, %4) for %5 min — trigger above +%6 %</source>
        <translation>abandono de reservas %1 % é %2× a linha de base (%3 %, %4) há %5 min — dispara acima de +%6 %</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="102"/>
        <source>%1: %2 (%3 of %4 min)</source>
        <translation>%1: %2 (%3 de %4 min)</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="112"/>
        <source>raise %1 to level %2</source>
        <translation>elevar %1 ao nível %2</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="114"/>
        <source>scale %1 to %2 (5×, cap %3)</source>
        <translation>escalar %1 para %2 (5×, limite %3)</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="115"/>
        <source>%1 is degraded: level %2 and %3 at its cap already — consider maintenance mode or a rollback</source>
        <translation>%1 está degradada: nível %2 e %3 já no limite — considere o modo manutenção ou um rollback</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="119"/>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="119"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="131"/>
        <source>Raise to level %1…</source>
        <translation>Elevar ao nível %1…</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="137"/>
        <source>Scale %1 to %2…</source>
        <translation>Escalar %1 para %2…</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="142"/>
        <source>Each step opens its dialog and asks for confirmation; Atalaya never acts on its own.</source>
        <translation>Cada passo abre seu diálogo e pede confirmação; o Atalaya nunca age por conta própria.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="152"/>
        <source>Triggers not evaluated: %1</source>
        <translation>Gatilhos não avaliados: %1</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="154"/>
        <source>Watching: %1.</source>
        <translation>Em observação: %1.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="156"/>
        <source>No recommendation from stale data for %1.</source>
        <translation>Nenhuma recomendação com dados desatualizados para %1.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="158"/>
        <source>No trigger holds: p95, errors and abandonment are within their baselines.</source>
        <translation>Nenhum gatilho atingido: p95, erros e abandono estão dentro das linhas de base.</translation>
    </message>
    <message>
        <location filename="../ui/recommendationspanel.cpp" line="160"/>
        <source>Too little traffic to judge %1 (fewer requests, failures or checkouts than the triggers&apos; minimums).</source>
        <translation>Tráfego pequeno demais para avaliar %1 (menos requisições, falhas ou checkouts que os mínimos dos gatilhos).</translation>
    </message>
</context>
<context>
    <name>atalaya::SourceHealthLabel</name>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="21"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="23"/>
        <source>slow</source>
        <translation>lento</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="25"/>
        <source>failing</source>
        <translation>falhando</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="27"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="31"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalDashboardPage</name>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44"/>
        <source>Latency (p50 / p95 / p99)</source>
        <translation>Latência (p50 / p95 / p99)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="45"/>
        <source>Quantiles computed in the console from the rate of each latency bucket, as PromQL&apos;s histogram_quantile does: one query serves every region</source>
        <translation>Quantis calculados no console a partir da taxa de cada bucket de latência, como o histogram_quantile do PromQL faz: uma única consulta atende todas as regiões</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="77"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="80"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="616"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="91"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="616"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="616"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="49"/>
        <source>Requests per second</source>
        <translation>Requisições por segundo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="50"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="51"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="617"/>
        <source>requests/s</source>
        <translation>requisições/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="51"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="415"/>
        <source>forecast</source>
        <translation>previsão</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="52"/>
        <source>Forecast for the next two hours: the same hours last week, scaled by how the last hour compares with the same hour last week</source>
        <translation>Previsão das próximas duas horas: as mesmas horas da semana passada, escaladas pela comparação da última hora com a mesma hora da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="54"/>
        <source>Error ratio (5xx)</source>
        <translation>Taxa de erros (5xx)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="55"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="63"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="72"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="618"/>
        <source>5xx ratio</source>
        <translation>taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="57"/>
        <source>1 % (5xx alert threshold, CheckIn canvas)</source>
        <translation>1 % (limite de alerta 5xx, canvas CheckIn)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="58"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60"/>
        <source>desired</source>
        <translation>desejadas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60"/>
        <source>ready</source>
        <translation>prontas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60"/>
        <source>HPA min</source>
        <translation>HPA mín</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="61"/>
        <source>HPA max</source>
        <translation>HPA máx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="62"/>
        <source>CPU and memory utilisation</source>
        <translation>Uso de CPU e memória</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="64"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="64"/>
        <source>memory</source>
        <translation>memória</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="65"/>
        <source>memory 80 % (scaling policy)</source>
        <translation>memória 80 % (política de escalonamento)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="66"/>
        <source>CPU 70 % (scaling policy)</source>
        <translation>CPU 70 % (política de escalonamento)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="67"/>
        <source>Bookings per hour</source>
        <translation>Reservas por hora</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="67"/>
        <source>Bookings per hour — booking database</source>
        <translation>Reservas por hora — banco de dados de reservas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="69"/>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="70"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="346"/>
        <source>bookings/h</source>
        <translation>reservas/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="71"/>
        <source>Payment success by provider</source>
        <translation>Pagamentos aprovados por provedor</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="73"/>
        <source>95 % floor (production infrastructure)</source>
        <translation>piso 95 % (infraestrutura de produção)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="74"/>
        <source>97 % MercadoPago target (roadmap)</source>
        <translation>meta 97 % MercadoPago (roadmap)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="76"/>
        <source>Payment gateway latency (p95)</source>
        <translation>Latência dos gateways de pagamento (p95)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="78"/>
        <source>Latency by region (p95)</source>
        <translation>Latência por região (p95)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="81"/>
        <source>Each region&apos;s p95 from the same bucket rates; choose a region on the map to see its target here and filter this dashboard to it</source>
        <translation>O p95 de cada região a partir das mesmas taxas por bucket; escolha uma região no mapa para ver aqui a sua meta e filtrar este painel por ela</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="88"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="397"/>
        <source>Slowest routes now (p95, last 5 minutes)</source>
        <translation>Rotas mais lentas agora (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="91"/>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="399"/>
        <source>Slowest routes now in %1 (p95, last 5 minutes)</source>
        <translation>Rotas mais lentas agora em %1 (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="400"/>
        <source>Slowest routes now, every region (p95, last 5 minutes)</source>
        <translation>Rotas mais lentas agora, todas as regiões (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="415"/>
        <source>no forecast for one region</source>
        <translation>sem previsão para uma única região</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="604"/>
        <source>%1 — %2 · region %3</source>
        <translation>%1 — %2 · região %3</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="605"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="607"/>
        <source>%1 target %2 ms (%3)</source>
        <translation>meta de %1: %2 ms (%3)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="611"/>
        <source>SLA %1 ms (%2)</source>
        <translation>SLA %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="243"/>
        <source>Shaded: %1 peak hours %2</source>
        <translation>Sombreado: horários de pico de %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="328"/>
        <source>loading…</source>
        <translation>carregando…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="342"/>
        <source>bookings/h (bookings_total: %1)</source>
        <translation>reservas/h (bookings_total: %1)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="479"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="552"/>
        <source>cached %1 — waiting for the source…</source>
        <translation>em cache %1 — aguardando a fonte…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="350"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="554"/>
        <source>offline — as of %1</source>
        <translation>offline — das %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="351"/>
        <location filename="../ui/verticaldashboardpage.cpp" line="558"/>
        <source>no data in this range</source>
        <translation>sem dados neste intervalo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="556"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="615"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="617"/>
        <source>requests/s · %1</source>
        <translation>requisições/s · %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="618"/>
        <source>5xx ratio · %1</source>
        <translation>taxa de 5xx · %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="689"/>
        <source>no forecast: no data from last week</source>
        <translation>sem previsão: sem dados da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="695"/>
        <source>no forecast: this hour is %1× last week&apos;s</source>
        <translation>sem previsão: esta hora é %1× a da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="702"/>
        <source>forecast: last week × %1</source>
        <translation>previsão: semana passada × %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="711"/>
        <source>Slowest routes now — ⚠ %1</source>
        <translation>Rotas mais lentas agora — ⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="724"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="745"/>
        <source>Offline review · from the cache, fetched %1</source>
        <translation>Revisão offline · do cache, obtido %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="746"/>
        <source>Offline — showing the cache as of %1</source>
        <translation>Offline — mostrando o cache das %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="748"/>
        <source>Step %1, rate window %2 · updated %3</source>
        <translation>Passo %1, janela de taxa %2 · atualizado %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verticaldashboardpage.cpp" line="751"/>
        <source>%n query(ies) failed · %1</source>
        <translation>
            <numerusform>%n consulta falhou · %1</numerusform>
            <numerusform>%n consultas falharam · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalStatusModel</name>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="74"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="76"/>
        <source>Warning</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="78"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="82"/>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="120"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="124"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="127"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="130"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="134"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="139"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="142"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="146"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="154"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="120"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="122"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="125"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="131"/>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="143"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="128"/>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="136"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="137"/>
        <source>%1/%2 (HPA %3–%4)</source>
        <translation>%1/%2 (HPA %3–%4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="140"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="148"/>
        <source>US$ %1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="149"/>
        <source>US$ %1 · %2 %</source>
        <translation>US$ %1 · %2 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="156"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="158"/>
        <source>maintenance</source>
        <translation>manutenção</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="160"/>
        <source>level %1</source>
        <translation>nível %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="208"/>
        <source>p95 latency over the last 5 minutes; SLA %1 ms</source>
        <translation>latência p95 dos últimos 5 minutos; SLA %1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="211"/>
        <source>Too few requests in the last minutes to judge the 5xx ratio</source>
        <translation>Poucas requisições nos últimos minutos para julgar a taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="212"/>
        <source>Share of 5xx responses over the last 5 minutes; critical above 1 %</source>
        <translation>Proporção de respostas 5xx nos últimos 5 minutos; crítico acima de 1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="215"/>
        <source>Share of non-5xx responses over 30 days; SLO %1 %</source>
        <translation>Proporção de respostas sem 5xx em 30 dias; SLO %1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="218"/>
        <source>Ready / desired replicas of the main deployment, and its autoscaler&apos;s bounds; a warning when pinned at the maximum or when not all are ready</source>
        <translation>Réplicas prontas / desejadas do deployment principal e os limites do autoescalador; alerta quando no máximo ou quando nem todas estão prontas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="221"/>
        <source>Payment success over the last 5 minutes; target 97 %, floor 95 %</source>
        <translation>Pagamentos aprovados nos últimos 5 minutos; meta 97 %, piso 95 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="224"/>
        <source>Today&apos;s spend could not be refreshed: %1</source>
        <translation>Não foi possível atualizar o gasto de hoje: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="226"/>
        <source>Today&apos;s spend: no answer from the cost source yet</source>
        <translation>Gasto de hoje: a fonte de custos ainda não respondeu</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="228"/>
        <source>Spent today so far; this vertical has no budget (verticals[].monthlyBudgetUsd)</source>
        <translation>Gasto de hoje até agora; esta vertical não tem orçamento (verticals[].monthlyBudgetUsd)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="229"/>
        <source>Spent today so far against the daily budget for the hours gone (US$ %1); an alert at %2 %, the spend limit at %3 %</source>
        <translation>Gasto de hoje até agora contra o orçamento diário das horas decorridas (US$ %1); alerta em %2 %, limite de gasto em %3 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="235"/>
        <source>The degradation level the flag store serves: 1 and 2 switch groups of features off, 3 is maintenance mode</source>
        <translation>O nível de degradação que o armazenamento de flags serve: 1 e 2 desligam grupos de funções, 3 é o modo de manutenção</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="250"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="252"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="254"/>
        <source>p95
latency</source>
        <translation>Latência
p95</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="258"/>
        <source>5xx
ratio</source>
        <translation>Taxa
5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="262"/>
        <source>30-day
availability</source>
        <translation>Disponibilidade
30 dias</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="268"/>
        <source>Payments
OK</source>
        <translation>Pagamentos
OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="270"/>
        <source>Cost
today</source>
        <translation>Custo
hoje</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="272"/>
        <source>Degradation</source>
        <translation>Degradação</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="256"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="260"/>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="264"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="266"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
</context>
<context>
    <name>atalaya::cache::Cache</name>
    <message>
        <location filename="../models/cache/cache.cpp" line="77"/>
        <location filename="../models/cache/cache.cpp" line="213"/>
        <source>the cache %1 is not open</source>
        <translation>o cache %1 não está aberto</translation>
    </message>
</context>
<context>
    <name>atalaya::cache::CacheDb</name>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="180"/>
        <source>cache file %1 does not exist</source>
        <translation>o arquivo de cache %1 não existe</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="217"/>
        <source>%1 is not an Atalaya cache this version can read (schema %2, this build reads 1 to %3)</source>
        <translation>%1 não é um cache do Atalaya que esta versão consiga ler (esquema %2; esta versão lê de 1 a %3)</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="228"/>
        <source>cannot open the cache %1: %2</source>
        <translation>não é possível abrir o cache %1: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="233"/>
        <source>The cache %1 could not be read (%2); it was moved to %3 and a new cache was started.</source>
        <translation>Não foi possível ler o cache %1 (%2); ele foi movido para %3 e um novo cache foi iniciado.</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="244"/>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="245"/>
        <source>cache %1: %2 failed: %3</source>
        <translation>cache %1: %2 falhou: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="308"/>
        <source>cache %1 was written by a newer Atalaya (schema %2; this one knows up to %3)</source>
        <translation>o cache %1 foi gravado por um Atalaya mais novo (esquema %2; este conhece até o %3)</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="321"/>
        <source>cache %1: migration to schema %2 failed: %3</source>
        <translation>cache %1: a migração para o esquema %2 falhou: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/cachedb.cpp" line="678"/>
        <source>cache %1 is open read-only: nothing can be audited, so nothing may run</source>
        <translation>o cache %1 está aberto somente para leitura: nada pode ser auditado, então nada pode ser executado</translation>
    </message>
</context>
<context>
    <name>atalaya::kube</name>
    <message>
        <location filename="../models/actions/actions.cpp" line="90"/>
        <source>%1 replicas is above this vertical&apos;s cap of %2</source>
        <translation>%1 réplicas passa do limite de %2 desta vertical</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="92"/>
        <source>the deployment already has %1 replicas</source>
        <translation>o deployment já tem %1 réplicas</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="117"/>
        <location filename="../models/actions/actions.cpp" line="132"/>
        <source>the deployment is paused: resume it first</source>
        <translation>o deployment está pausado: retome-o primeiro</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="119"/>
        <source>revision %1 is the one running</source>
        <translation>a revisão %1 é a que está rodando</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="149"/>
        <source>the deployment has no autoscaler any more</source>
        <translation>o deployment não tem mais autoescalador</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="151"/>
        <source>minReplicas %1 / maxReplicas %2 is not a valid range</source>
        <translation>minReplicas %1 / maxReplicas %2 não é um intervalo válido</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="153"/>
        <source>the autoscaler already has these values</source>
        <translation>o autoescalador já tem esses valores</translation>
    </message>
    <message>
        <location filename="../models/actions/deployments.cpp" line="26"/>
        <source>kubectl&apos;s output is not JSON (%1 at byte %2)</source>
        <translation>a saída do kubectl não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <location filename="../models/actions/deployments.cpp" line="58"/>
        <source>expected Deployment objects, got &quot;%1&quot;</source>
        <translation>esperava objetos Deployment e veio &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="55"/>
        <source>kubectl could not be started (%1): install it or set its path in the configuration</source>
        <translation>não foi possível iniciar o kubectl (%1): instale-o ou informe o caminho na configuração</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="57"/>
        <source>kubectl did not finish in time and was stopped (%1)</source>
        <translation>o kubectl não terminou a tempo e foi parado (%1)</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="59"/>
        <source>not allowed by the cluster (RBAC): %1</source>
        <translation>o cluster não permite (RBAC): %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="61"/>
        <source>not found: %1</source>
        <translation>não encontrado: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="63"/>
        <source>changed meanwhile, read it again and retry: %1</source>
        <translation>mudou nesse meio-tempo, leia de novo e tente outra vez: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="65"/>
        <source>rejected by the API server: %1</source>
        <translation>rejeitado pelo API server: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="67"/>
        <source>the cluster refused the credentials of this kube context (log in again): %1</source>
        <translation>o cluster recusou as credenciais deste contexto do kube (entre de novo): %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="69"/>
        <source>someone else changed the replica count first: %1</source>
        <translation>outra pessoa mudou a quantidade de réplicas antes: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="71"/>
        <source>the API server refused the connection: %1</source>
        <translation>o API server recusou a conexão: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="73"/>
        <source>the API server cannot be reached: %1</source>
        <translation>não é possível alcançar o API server: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="75"/>
        <source>the kube context is not in the kubeconfig: %1</source>
        <translation>o contexto do kube não está no kubeconfig: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="77"/>
        <source>the rollout failed: %1</source>
        <translation>o rollout falhou: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="81"/>
        <source>kubectl failed: %1</source>
        <translation>o kubectl falhou: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::kube::Executor</name>
    <message>
        <location filename="../models/actions/actions.cpp" line="185"/>
        <source>a reason is required</source>
        <translation>é preciso um motivo</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="188"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="197"/>
        <source>the audit entry could not be written, so nothing was run</source>
        <translation>não foi possível gravar a auditoria, então nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="217"/>
        <source>autoscaler %1 back to %2–%3 replicas</source>
        <translation>autoescalador %1 de volta a %2–%3 réplicas</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="221"/>
        <source>%1 of %2 done and rolled out</source>
        <translation>%1 de %2 feito e implantado</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="239"/>
        <source>%1 has %2 ready replicas</source>
        <translation>%1 tem %2 réplicas prontas</translation>
    </message>
    <message>
        <location filename="../models/actions/actions.cpp" line="240"/>
        <source>%1: %2 of %3 replicas ready after %4 s</source>
        <translation>%1: %2 de %3 réplicas prontas após %4 s</translation>
    </message>
</context>
<context>
    <name>atalaya::kube::Runner</name>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="199"/>
        <source>namespace &quot;%1&quot; is not a valid Kubernetes name</source>
        <translation>o namespace &quot;%1&quot; não é um nome válido do Kubernetes</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="201"/>
        <source>kube context &quot;%1&quot; is not a valid context name</source>
        <translation>o contexto do kube &quot;%1&quot; não é um nome válido</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="203"/>
        <source>kubeconfig path &quot;%1&quot; is not allowed</source>
        <translation>o caminho de kubeconfig &quot;%1&quot; não é permitido</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="225"/>
        <source>&quot;%1&quot; is not a valid Kubernetes name: nothing was run</source>
        <translation>&quot;%1&quot; não é um nome válido do Kubernetes: nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="259"/>
        <source>after %1 ms</source>
        <translation>após %1 ms</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="263"/>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="342"/>
        <source>&quot;%1&quot; is not a valid label selector: nothing was run</source>
        <translation>&quot;%1&quot; não é um seletor de rótulos válido: nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="357"/>
        <source>%1 replicas is not a replica count: nothing was run</source>
        <translation>%1 réplicas não é uma quantidade válida: nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="364"/>
        <source>minReplicas %1 / maxReplicas %2 is not a valid range: nothing was run</source>
        <translation>minReplicas %1 / maxReplicas %2 não é um intervalo válido: nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="373"/>
        <source>revision %1 does not exist: nothing was run</source>
        <translation>a revisão %1 não existe: nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="395"/>
        <source>the patch is %1 bytes, more than kubectl can take in one argument (%2): nothing was run</source>
        <translation>o patch tem %1 bytes, mais do que o kubectl aceita em um argumento (%2): nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="399"/>
        <source>the patch is not a JSON object: nothing was run</source>
        <translation>o patch não é um objeto JSON: nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="408"/>
        <source>&quot;%1&quot; is not a verb or resource name: nothing was run</source>
        <translation>&quot;%1&quot; não é um verbo nem um recurso: nada foi executado</translation>
    </message>
    <message>
        <location filename="../models/actions/kubectl.cpp" line="416"/>
        <source>not allowed: %1</source>
        <translation>não permitido: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Operations console for a multi-vertical booking platform.</source>
        <translation>Console de operações para uma plataforma de reservas multivertical.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128"/>
        <source>Configuration file to use.</source>
        <translation>Arquivo de configuração a usar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>Environment to open (default: the configured one).</source>
        <translation>Ambiente a abrir (padrão: o configurado).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>Log debug messages to stderr.</source>
        <translation>Registrar mensagens de depuração no stderr.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="135"/>
        <source>Render the page offscreen once its data has loaded, save it as PNG and exit.</source>
        <translation>Desenhar a página fora da tela quando os dados carregarem, salvar como PNG e sair.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>Page to open: %1.</source>
        <translation>Página a abrir: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Vertical to show.</source>
        <translation>Vertical a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>Region to filter the dashboards to, e.g. cordoba.</source>
        <translation>Região pela qual filtrar os painéis, p. ex. cordoba.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="145"/>
        <source>Time range, e.g. 15m, 6h, 7d.</source>
        <translation>Intervalo de tempo, p. ex. 15m, 6h, 7d.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>Language, e.g. es_AR, pt_BR, en.</source>
        <translation>Idioma, p. ex. es_AR, pt_BR, en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="150"/>
        <source>Offline review: show what the local cache holds; ask no source.</source>
        <translation>Revisão offline: mostrar o que o cache local contém; não consultar nenhuma fonte.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="152"/>
        <source>Open an exported window (a .atalaya file) read-only, offline.</source>
        <translation>Abrir uma janela exportada (um arquivo .atalaya) somente para leitura, offline.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>Cache file to use (default: per environment, under the user&apos;s cache folder).</source>
        <translation>Arquivo de cache a usar (padrão: um por ambiente, na pasta de cache do usuário).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Headless: fetch every source into the cache, write a JSON summary (--out) and exit: 0 when every source answered, 2 otherwise.</source>
        <translation>Sem janela: trazer cada fonte para o cache, gravar um resumo JSON (--out) e sair: 0 se todas as fontes responderam, 2 caso contrário.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="159"/>
        <source>Where --snapshot writes its summary.</source>
        <translation>Onde o --snapshot grava o resumo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="162"/>
        <source>Open the scale, rollback or restart dialog of the first deployment, or the degradation level dialog of the --vertical (its preview; nothing runs without confirmation).</source>
        <translation>Abrir o diálogo de escala, reversão ou reinício do primeiro deployment, ou o diálogo de nível de degradação da --vertical (a prévia; nada é executado sem confirmação).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="197"/>
        <source>--dialog: &quot;%1&quot; is not scale, rollback, restart or level</source>
        <translation>--dialog: &quot;%1&quot; não é scale, rollback, restart nem level</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="183"/>
        <source>--range: &quot;%1&quot; is not a duration of at least 1m (examples: 15m, 6h, 7d)</source>
        <translation>--range: &quot;%1&quot; não é uma duração de pelo menos 1m (exemplos: 15m, 6h, 7d)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="203"/>
        <source>--snapshot needs --out FILE.json</source>
        <translation>--snapshot precisa de --out ARQUIVO.json</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="205"/>
        <source>--snapshot fetches from the sources: it cannot be combined with --offline or --open</source>
        <translation>--snapshot consulta as fontes: não pode ser combinado com --offline nem --open</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="207"/>
        <source>--page: unknown page &quot;%1&quot; (pages: %2)</source>
        <translation>--page: página desconhecida &quot;%1&quot; (páginas: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="229"/>
        <source>--environment: no environment is named &quot;%1&quot;</source>
        <translation>--environment: nenhum ambiente se chama &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="244"/>
        <source>--open: %1</source>
        <translation>--open: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="257"/>
        <source>snapshot written to %1, but not every source answered</source>
        <translation>resumo gravado em %1, mas nem todas as fontes responderam</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="268"/>
        <source>--vertical: no vertical is named &quot;%1&quot;</source>
        <translation>--vertical: nenhuma vertical se chama &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="276"/>
        <source>--region: no region is named &quot;%1&quot; (known: %2)</source>
        <translation>--region: nenhuma região se chama &quot;%1&quot; (conhecidas: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="321"/>
        <source>cannot write the screenshot to %1</source>
        <translation>não é possível gravar a captura em %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="323"/>
        <source>screenshot written to %1, but data could not load: %2</source>
        <translation>captura gravada em %1, mas os dados não carregaram: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="332"/>
        <source>timed out waiting for the page&apos;s data</source>
        <translation>tempo esgotado esperando os dados da página</translation>
    </message>
</context>
</TS>
