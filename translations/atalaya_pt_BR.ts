<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/sources/apierror.cpp" line="21" />
        <source>cannot reach %1: %2</source>
        <translation>não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="24" />
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 não respondeu a tempo (%2)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="27" />
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondeu HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="30" />
        <source>%1 refused the credentials (HTTP %2): check the auth settings of this source</source>
        <translation>%1 recusou as credenciais (HTTP %2): verifique a autenticação desta fonte</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="35" />
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 respondeu %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="38" />
        <source>%1 sent a response that cannot be read: %2</source>
        <translation>%1 enviou uma resposta que não pode ser lida: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="41" />
        <source>the request to %1 was canceled</source>
        <translation>a requisição a %1 foi cancelada</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="45" />
        <source> (query: %1)</source>
        <translation> (consulta: %1)</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="53" />
        <source>source unreachable</source>
        <translation>fonte inacessível</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="55" />
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="57" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="59" />
        <source>credentials refused</source>
        <translation>credenciais recusadas</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="61" />
        <source>query error: %1</source>
        <translation>erro de consulta: %1</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="63" />
        <source>unreadable answer</source>
        <translation>resposta ilegível</translation>
    </message>
    <message>
        <location filename="../models/sources/apierror.cpp" line="67" />
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../models/config/config.cpp" line="63" />
        <source>expected an object, found %1</source>
        <translation>esperava-se um objeto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="73" />
        <source>unknown key (known keys here: %1)</source>
        <translation>chave desconhecida (chaves válidas aqui: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="84" />
        <source>expected a string, found %1</source>
        <translation>esperava-se um texto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="94" />
        <source>expected a number, found %1</source>
        <translation>esperava-se um número, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="112" />
        <source>expected true or false, found %1</source>
        <translation>esperava-se true ou false, encontrado %1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="134" />
        <location filename="../models/config/config.cpp" line="380" />
        <source>is required</source>
        <translation>é obrigatória</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="137" />
        <source>"%1" is not a valid id (lowercase letters, digits, '-' and '_', at most 63)</source>
        <translation>"%1" não é um id válido (minúsculas, dígitos, '-' e '_', até 63)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="149" />
        <source>"%1" is not an http:// or https:// URL</source>
        <translation>"%1" não é uma URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="152" />
        <source>credentials must not be written in the URL; use "auth" with "secretEnv"</source>
        <translation>as credenciais não devem ir na URL; use "auth" com "secretEnv"</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="155" />
        <source>must start with '/'</source>
        <translation>deve começar com '/'</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="167" />
        <source>"%1" is not one of none, basic, bearer</source>
        <translation>"%1" não é none, basic nem bearer</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="173" />
        <source>must name the environment variable that holds the secret (secrets are never stored in this file)</source>
        <translation>deve nomear a variável de ambiente que contém o segredo (segredos nunca são guardados neste arquivo)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="176" />
        <source>is required for basic auth</source>
        <translation>é obrigatório para autenticação basic</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="181" />
        <source>expected an object of header names to values</source>
        <translation>esperava-se um objeto de nomes de cabeçalho para valores</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="186" />
        <source>not an allowed header name</source>
        <translation>não é um nome de cabeçalho permitido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="188" />
        <source>expected a string</source>
        <translation>esperava-se um texto</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="191" />
        <source>header values must be one line</source>
        <translation>os valores de cabeçalho devem ter uma linha</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="199" />
        <source>must be at least 1s</source>
        <translation>deve ser de pelo menos 1s</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="206" />
        <source>expected an object of query names to PromQL</source>
        <translation>esperava-se um objeto de nomes de consulta para PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="214" />
        <source>unknown query (known: %1)</source>
        <translation>consulta desconhecida (válidas: %1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="216" />
        <source>expected a PromQL string</source>
        <translation>esperava-se um texto PromQL</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="221" />
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconhecido {%1} (válidos: %2)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="240" />
        <source>expected a list of [from, to] hours</source>
        <translation>esperava-se uma lista de horas [de, até]</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="245" />
        <source>expected [from, to] with 0 &lt;= from &lt; to &lt;= 24</source>
        <translation>esperava-se [de, até] com 0 &lt;= de &lt; até &lt;= 24</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="254" />
        <source>expected a whole number from 1 to 1000</source>
        <translation>esperava-se um número inteiro de 1 a 1000</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="270" />
        <source>latitude must be between -90 and 90</source>
        <translation>a latitude deve estar entre -90 e 90</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="272" />
        <source>longitude must be between -180 and 180</source>
        <translation>a longitude deve estar entre -180 e 180</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="275" />
        <source>must be a positive number of milliseconds</source>
        <translation>deve ser um número positivo de milissegundos</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="279" />
        <source>must be between 0 and 1</source>
        <translation>deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="300" />
        <source>every environment needs a Prometheus URL</source>
        <translation>cada ambiente precisa de uma URL do Prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="359" />
        <source>this console reads configuration version 1</source>
        <translation>este console lê a versão 1 da configuração</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="362" />
        <source>"%1" is not a known IANA time zone</source>
        <translation>"%1" não é um fuso horário IANA conhecido</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="373" />
        <source>must be a fraction, e.g. 0.999</source>
        <translation>deve ser uma fração, p. ex. 0.999</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="387" />
        <source>expected a non-empty list</source>
        <translation>esperava-se uma lista não vazia</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="398" />
        <source>"%1" appears twice</source>
        <translation>"%1" aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="410" />
        <source>no environment is named "%1"</source>
        <translation>nenhum ambiente se chama "%1"</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="428" />
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="430" />
        <source>not valid JSON (%1)</source>
        <translation>não é JSON válido (%1)</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="434" />
        <source>the top level must be a JSON object</source>
        <translation>o nível superior deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="509" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="510" />
        <source>%1: key "%2": %3</source>
        <translation>%1: chave "%2": %3</translation>
    </message>
    <message>
        <location filename="../models/config/config.cpp" line="570" />
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
</context>
<context>
    <name>PromDecoder</name>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="55" />
        <source>unexpected end of the body</source>
        <translation>fim inesperado do corpo</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="61" />
        <source>expected '%1', found '%2'</source>
        <translation>esperava-se '%1', encontrado '%2'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="84" />
        <source>expected ',' or '%1'</source>
        <translation>esperava-se ',' ou '%1'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="177" />
        <source>expected a number</source>
        <translation>esperava-se um número</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="189" />
        <source>unterminated string</source>
        <translation>texto não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="194" />
        <location filename="../models/sources/promdecoder.cpp" line="555" />
        <source>"%1" is not a sample value</source>
        <translation>"%1" não é um valor de amostra</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="202" />
        <source>nesting too deep</source>
        <translation>aninhamento profundo demais</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="248" />
        <source>unexpected character '%1'</source>
        <translation>caractere inesperado '%1'</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="255" />
        <source>unexpected data after the JSON value</source>
        <translation>dados inesperados após o valor JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="262" />
        <source>truncated \u escape</source>
        <translation>escape \u truncado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="274" />
        <source>invalid \u escape</source>
        <translation>escape \u inválido</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="525" />
        <source>at byte %1: %2</source>
        <translation>no byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="533" />
        <source>no error message</source>
        <translation>sem mensagem de erro</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="543" />
        <source>"status" is missing or unknown ("%1")</source>
        <translation>"status" ausente ou desconhecido ("%1")</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="551" />
        <source>a scalar result must be [time, "value"]</source>
        <translation>um resultado scalar deve ser [tempo, "valor"]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="560" />
        <source>a string result must be [time, "value"]</source>
        <translation>um resultado string deve ser [tempo, "valor"]</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="564" />
        <source>unknown resultType "%1"</source>
        <translation>resultType desconhecido "%1"</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="567" />
        <source>a %1 result must be a list of series</source>
        <translation>um resultado %1 deve ser uma lista de séries</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="582" />
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="594" />
        <source>"data" does not have the documented shape</source>
        <translation>"data" não tem o formato documentado</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="45" />
        <source>empty body</source>
        <translation>corpo vazio</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="94" />
        <source>"%1" is not a label name</source>
        <translation>"%1" não é um nome de rótulo</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="177" />
        <source>no answer within %1 ms</source>
        <translation>sem resposta em %1 ms</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="186" />
        <location filename="../models/sources/prometheusclient.cpp" line="187" />
        <location filename="../models/sources/prometheusclient.cpp" line="195" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="226" />
        <source>%1 — last answer in %2 ms</source>
        <translation>%1 — última resposta em %2 ms</translation>
    </message>
    <message>
        <location filename="../models/sources/prometheusclient.cpp" line="227" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../models/config/config.cpp" line="124" />
        <source>"%1" is not a duration (examples: 15s, 5m, 1h30m)</source>
        <translation>"%1" não é uma duração (exemplos: 15s, 5m, 1h30m)</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="94" />
        <location filename="../models/sources/promdecoder.cpp" line="112" />
        <source>control character in a string</source>
        <translation>caractere de controle em um texto</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="98" />
        <location filename="../models/sources/promdecoder.cpp" line="107" />
        <source>unterminated string</source>
        <translation>texto não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="118" />
        <source>unterminated escape</source>
        <translation>escape não terminado</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="145" />
        <location filename="../models/sources/promdecoder.cpp" line="149" />
        <location filename="../models/sources/promdecoder.cpp" line="152" />
        <source>unpaired surrogate in \u escape</source>
        <translation>substituto sem par em escape \u</translation>
    </message>
    <message>
        <location filename="../models/sources/promdecoder.cpp" line="158" />
        <source>invalid escape \%1</source>
        <translation>escape \%1 inválido</translation>
    </message>
</context>
<context>
    <name>atalaya::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="24" />
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>atalaya::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="338" />
        <source>Drag across the chart to zoom; right-click to export</source>
        <translation>Arraste sobre o gráfico para ampliar; clique direito para exportar</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="367" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="368" />
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="422" />
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="423" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="424" />
        <source>Copy PromQL</source>
        <translation>Copiar PromQL</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="428" />
        <source>Open in Prometheus</source>
        <translation>Abrir no Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="448" />
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="449" />
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="459" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="488" />
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>atalaya::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54" />
        <source>Atalaya — %1</source>
        <translation>Atalaya — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87" />
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95" />
        <location filename="../ui/mainwindow.cpp" line="314" />
        <source>Times are shown in %1</source>
        <translation>Os horários são mostrados em %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102" />
        <source>Configuration problem — the console runs on the built-in defaults:&lt;br&gt;%1</source>
        <translation>Problema de configuração — o console usa os valores embutidos:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>ATALAYA</source>
        <translation>ATALAYA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136" />
        <source>Production environment</source>
        <translation>Ambiente de produção</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136" />
        <source>Non-production environment</source>
        <translation>Ambiente fora de produção</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150" />
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151" />
        <location filename="../ui/mainwindow.cpp" line="156" />
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171" />
        <source>Previous time range (%1)</source>
        <translation>Intervalo anterior (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175" />
        <source>Next time range (%1)</source>
        <translation>Próximo intervalo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178" />
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182" />
        <source>Last %1</source>
        <translation>Últimos %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183" />
        <source>From… to…</source>
        <translation>De… até…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197" />
        <source>Time zone of every time shown</source>
        <translation>Fuso horário de todos os horários</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211" />
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>every %1</source>
        <translation>a cada %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223" />
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331" />
        <source>Time range</source>
        <translation>Intervalo de tempo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341" />
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373" />
        <source>Updated %1 (%2)</source>
        <translation>Atualizado %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375" />
        <source>Some data could not be loaded: %1</source>
        <translation>Alguns dados não puderam ser carregados: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="26" />
        <source>Overview — %1</source>
        <translation>Visão geral — %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="28" />
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="52" />
        <source>Click a vertical to open its dashboard</source>
        <translation>Clique em uma vertical para abrir seu painel</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="87" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="88" />
        <source>requests/s</source>
        <translation>requisições/s</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="89" />
        <source>5xx ratio</source>
        <translation>taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="175" />
        <source>Could not refresh: %1</source>
        <translation>Não foi possível atualizar: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="177" />
        <source>All verticals within their SLA · updated %1</source>
        <translation>Todas as verticais dentro do SLA · atualizado %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="179" />
        <source>%n vertical(s) critical</source>
        <translation><numerusform>%n vertical crítica</numerusform><numerusform>%n verticais críticas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="180" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n alerta</numerusform><numerusform>%n alertas</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="181" />
        <source>updated %1</source>
        <translation>atualizado %1</translation>
    </message>
</context>
<context>
    <name>atalaya::SourceHealthLabel</name>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="21" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="23" />
        <source>slow</source>
        <translation>lento</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="25" />
        <source>failing</source>
        <translation>falhando</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="27" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/sourcehealthlabel.cpp" line="31" />
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalDashboardPage</name>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="42" />
        <source>Latency (p50 / p95 / p99)</source>
        <translation>Latência (p50 / p95 / p99)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="43" />
        <location filename="../ui/verticaldashboardpage.cpp" line="72" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44" />
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44" />
        <location filename="../ui/verticaldashboardpage.cpp" line="81" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="44" />
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="45" />
        <source>Requests per second</source>
        <translation>Requisições por segundo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="46" />
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47" />
        <source>requests/s</source>
        <translation>requisições/s</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="47" />
        <location filename="../ui/verticaldashboardpage.cpp" line="290" />
        <source>forecast</source>
        <translation>previsão</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="48" />
        <source>Forecast for the next two hours: the same hours last week, scaled by how the last hour compares with the same hour last week</source>
        <translation>Previsão das próximas duas horas: as mesmas horas da semana passada, escaladas pela comparação da última hora com a mesma hora da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="50" />
        <source>Error ratio (5xx)</source>
        <translation>Taxa de erros (5xx)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="51" />
        <location filename="../ui/verticaldashboardpage.cpp" line="59" />
        <location filename="../ui/verticaldashboardpage.cpp" line="67" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="52" />
        <source>5xx ratio</source>
        <translation>taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="53" />
        <source>1 % (5xx alert threshold, CheckIn canvas)</source>
        <translation>1 % (limite de alerta 5xx, canvas CheckIn)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="54" />
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>desired</source>
        <translation>desejadas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>ready</source>
        <translation>prontas</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="56" />
        <source>HPA min</source>
        <translation>HPA mín</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="57" />
        <source>HPA max</source>
        <translation>HPA máx</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="58" />
        <source>CPU and memory utilisation</source>
        <translation>Uso de CPU e memória</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="60" />
        <source>memory</source>
        <translation>memória</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="61" />
        <source>memory 80 % (scaling policy)</source>
        <translation>memória 80 % (política de escalonamento)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="62" />
        <source>CPU 70 % (scaling policy)</source>
        <translation>CPU 70 % (política de escalonamento)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="63" />
        <source>Bookings per hour</source>
        <translation>Reservas por hora</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="64" />
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="65" />
        <source>bookings/h</source>
        <translation>reservas/h</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="66" />
        <source>Payment success by provider</source>
        <translation>Pagamentos aprovados por provedor</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="68" />
        <source>95 % floor (production infrastructure)</source>
        <translation>piso 95 % (infraestrutura de produção)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="69" />
        <source>97 % MercadoPago target (roadmap)</source>
        <translation>meta 97 % MercadoPago (roadmap)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="71" />
        <source>Payment gateway latency (p95)</source>
        <translation>Latência dos gateways de pagamento (p95)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="78" />
        <source>Slowest routes now (p95, last 5 minutes)</source>
        <translation>Rotas mais lentas agora (p95, últimos 5 minutos)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="81" />
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="177" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="180" />
        <source>SLA %1 ms (%2)</source>
        <translation>SLA %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="226" />
        <source>Shaded: %1 peak hours %2</source>
        <translation>Sombreado: horários de pico de %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="274" />
        <source>loading…</source>
        <translation>carregando…</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="302" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="314" />
        <source>no data in this range</source>
        <translation>sem dados neste intervalo</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="312" />
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="322" />
        <source>no forecast: no data from last week</source>
        <translation>sem previsão: sem dados da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="327" />
        <source>no forecast: this hour is %1× last week's</source>
        <translation>sem previsão: esta hora é %1× a da semana passada</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="333" />
        <source>forecast: last week × %1</source>
        <translation>previsão: semana passada × %1</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="350" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/verticaldashboardpage.cpp" line="367" />
        <source>Step %1, rate window %2 · updated %3</source>
        <translation>Passo %1, janela de taxa %2 · atualizado %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verticaldashboardpage.cpp" line="370" />
        <source>%n query(ies) failed · %1</source>
        <translation><numerusform>%n consulta falhou · %1</numerusform><numerusform>%n consultas falharam · %1</numerusform></translation>
    </message>
</context>
<context>
    <name>atalaya::VerticalStatusModel</name>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="72" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="74" />
        <source>Warning</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="76" />
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="80" />
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="114" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="118" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="121" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="124" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="128" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="133" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="136" />
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="114" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="116" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="119" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="125" />
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="137" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="122" />
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="130" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="131" />
        <source>%1/%2 (HPA %3–%4)</source>
        <translation>%1/%2 (HPA %3–%4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="134" />
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="180" />
        <source>p95 latency over the last 5 minutes; SLA %1 ms</source>
        <translation>latência p95 dos últimos 5 minutos; SLA %1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="183" />
        <source>Too few requests in the last minutes to judge the 5xx ratio</source>
        <translation>Poucas requisições nos últimos minutos para julgar a taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="184" />
        <source>Share of 5xx responses over the last 5 minutes; critical above 1 %</source>
        <translation>Proporção de respostas 5xx nos últimos 5 minutos; crítico acima de 1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="187" />
        <source>Share of non-5xx responses over 30 days; SLO %1 %</source>
        <translation>Proporção de respostas sem 5xx em 30 dias; SLO %1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="190" />
        <source>Ready / desired replicas of the main deployment, and its autoscaler's bounds; a warning when pinned at the maximum or when not all are ready</source>
        <translation>Réplicas prontas / desejadas do deployment principal e os limites do autoescalador; alerta quando no máximo ou quando nem todas estão prontas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="193" />
        <source>Payment success over the last 5 minutes; target 97 %, floor 95 %</source>
        <translation>Pagamentos aprovados nos últimos 5 minutos; meta 97 %, piso 95 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="205" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="207" />
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="209" />
        <source>p95 latency</source>
        <translation>Latência p95</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="211" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="213" />
        <source>5xx ratio</source>
        <translation>taxa de 5xx</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="215" />
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="217" />
        <source>30-day availability</source>
        <translation>Disponibilidade 30 dias</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="219" />
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="221" />
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/verticalstatusmodel.cpp" line="223" />
        <source>Payments OK</source>
        <translation>Pagamentos OK</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="98" />
        <source>Operations console for a multi-vertical booking platform.</source>
        <translation>Console de operações para uma plataforma de reservas multivertical.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="101" />
        <source>Configuration file to use.</source>
        <translation>Arquivo de configuração a usar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104" />
        <source>Environment to open (default: the configured one).</source>
        <translation>Ambiente a abrir (padrão: o configurado).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106" />
        <source>Log debug messages to stderr.</source>
        <translation>Registrar mensagens de depuração no stderr.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108" />
        <source>Render the page offscreen once its data has loaded, save it as PNG and exit.</source>
        <translation>Desenhar a página fora da tela quando os dados carregarem, salvar como PNG e sair.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="111" />
        <source>Page to open: %1.</source>
        <translation>Página a abrir: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="113" />
        <source>Vertical to show.</source>
        <translation>Vertical a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115" />
        <source>Time range, e.g. 15m, 6h, 7d.</source>
        <translation>Intervalo de tempo, p. ex. 15m, 6h, 7d.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="117" />
        <source>Language, e.g. es_AR, pt_BR, en.</source>
        <translation>Idioma, p. ex. es_AR, pt_BR, en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="136" />
        <source>--range: "%1" is not a duration of at least 1m (examples: 15m, 6h, 7d)</source>
        <translation>--range: "%1" não é uma duração de pelo menos 1m (exemplos: 15m, 6h, 7d)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142" />
        <source>--page: unknown page "%1" (pages: %2)</source>
        <translation>--page: página desconhecida "%1" (páginas: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164" />
        <source>--environment: no environment is named "%1"</source>
        <translation>--environment: nenhum ambiente se chama "%1"</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="173" />
        <source>--vertical: no vertical is named "%1"</source>
        <translation>--vertical: nenhuma vertical se chama "%1"</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="189" />
        <source>cannot write the screenshot to %1</source>
        <translation>não é possível gravar a captura em %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191" />
        <source>screenshot written to %1, but data could not load: %2</source>
        <translation>captura gravada em %1, mas os dados não carregaram: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="199" />
        <source>timed out waiting for the page's data</source>
        <translation>tempo esgotado esperando os dados da página</translation>
    </message>
</context>
</TS>