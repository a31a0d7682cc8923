/// The Portuguese template that `plan init --lang pt` writes, line for line the Spanish one (so both
/// check with the same findings on the same lines). `{{CIUDAD}}`, `{{ANIO}}` and `{{FIN}}` are filled in.
enum TemplatePT {
  static let text = #"""
    # Plano de internacionalização de {{CIUDAD}}
    #
    # Este arquivo é o plano. Ele é escrito em texto simples: cada linha começa com uma palavra-chave,
    # os textos vão entre aspas e os blocos entre chaves { }. As linhas que começam com # são
    # comentários: não aparecem no documento.
    #
    #   plan check {{ARCHIVO}}    revisa o plano e mostra o que falta
    #   plan fmt {{ARCHIVO}}      organiza recuos e colunas
    #
    # Substitua os textos de exemplo pelos da sua cidade. Para dividir o plano em vários arquivos
    # (por exemplo, para que cada área escreva a sua parte) use:
    #   incluir "diagnostico.plan"

    plano "{{CIUDAD}} no Mundo" {
      cidade          "{{CIUDAD}}"
      provincia       "{{?Nome da província}}"
      pais            "Argentina"
      orgao           "Prefeitura de {{CIUDAD}}"
      idioma          pt
      horizonte       {{ANIO}} a {{FIN}}
      horizonte_visao 2040
      versao          "0.1"
      situacao        rascunho  # rascunho → projeto → aprovado
      data            {{HOY}}
      # brasao "brasao.png"     # imagem do brasão, na pasta do plano
      autoridade    "{{?Nome Sobrenome}}" cargo "Prefeito/a"
      formulado_por prefeitura
    }

    # --- Visão, valores e lema (diretrizes 4 e 5) ---

    visao """
      {{?{{CIUDAD}}, uma cidade aberta ao mundo que ... (escreva aqui, com uma linguagem
      que entusiasme, a cidade que querem ser em 2040).}}
      """

    lema "{{?Uma frase breve que resuma a visão}}"

    valores {
      valor transparencia "Transparência" respaldado_por prefeitura, universidade
      valor cooperacao    "Cooperação" respaldado_por ri, camara
    }

    # --- Participantes: os quatro grupos do método (diretrizes 1, 3 e 9) ---

    participantes {
      lideranca          prefeitura   "{{?Nome do Prefeito/a}}" cargo "Prefeito/a"
      tecnicos           ri           "Diretoria de Relações Internacionais"
      sociedade_civil    universidade "{{?Universidade local}}" setor universidade
      sociedade_civil    camara       "{{?Câmara de Comércio}}" setor camara
      sociedade_politica hcd          "Concejo Deliberante"
    }

    comissao "Comissão para a Internacionalização e Desenvolvimento da Cidade" {
      preside  prefeitura
      membros  ri, universidade, camara, hcd
      reunioes mensal
    }

    # --- Parceiros externos: cidades, redes, organismos, embaixadas, governos ---

    parceiros {
      rede    mercocidades "Rede Mercocidades" situacao vigente norma "{{?Ordenança n.º 0000/AAAA}}" cota em_dia
      cidade  cidade_irma  "{{?Cidade irmã}}" pais "Chile" situacao proposto instrumento irmanamento
      governo chancelaria  "Chancelaria Argentina" nivel nacional situacao vigente norma "{{?Convênio ratificado pela Ordenança n.º 0000/AAAA}}"
    }

    # --- Diagnóstico: A) situação atual, B) análise interna, C) análise externa ---

    diagnostico {
      situacao_atual """
        {{?Descreva a situação atual da cidade no plano internacional.}}
        """
      parceiros_identificados mercocidades, chancelaria
      interno {
        quadro_de_pessoal "{{?Pessoal disponível para a agenda internacional.}}"
        servicos          "{{?Serviços municipais vinculados.}}"
        sistemas          "{{?Sistemas de informação.}}"
        recursos          "{{?Recursos orçamentários.}}"
        estrategias       sem_dados "{{?Ainda não levantadas}}"
      }
      externo {
        social      "{{?Contexto social.}}"
        economico   "{{?Contexto econômico.}}"
        tecnologico "{{?Contexto tecnológico.}}"
        ambiental   "{{?Contexto ambiental.}}"
        cultural    "{{?Contexto cultural.}}"
        demografico "{{?Contexto demográfico.}}"
        politico    "{{?Contexto político.}}"
      }
    }

    # --- FOFA: cada item com um identificador que as ações citam com `atende` ---

    fofa {
      forca        f1 "{{?Uma força da cidade}}"
      oportunidade o1 "{{?Uma oportunidade do contexto}}"
      fraqueza     d1 "{{?Uma fraqueza interna}}"
      ameaca       a1 "{{?Uma ameaça externa}}"
    }

    # --- Tempestade de ideias (diretriz 8): são mantidas ou descartadas com motivo ---

    tempestade_de_ideias {
      data   {{ANIO}}-03
      metodo "Oficina com integrantes políticos e técnicos"
      ideia  i1 "Criar um escritório de relações internacionais" ramo gestao
      ideia  i2 "Publicar o avanço do plano em um painel" ramo gestao
      ideia  i3 "Cooperar com uma cidade irmã da região" ramo empresas
      ideia  i4 "Levar as pequenas empresas a feiras no exterior" ramo empresas
      ideia  i5 "Organizar uma feira internacional" descartada "Custo alto para o primeiro ano"
    }

    mapa_mental "{{CIUDAD}} no mundo" {
      ramo gestao   "Gestão internacional" eixo politico
      ramo empresas "Pequenas empresas para o mundo" eixo economico
    }

    # --- Eixos: os quatro de motivação e os dois do plano da ação ---

    eixo politico "Posicionamento da cidade" {
      objetivo op1 "Criar a estrutura de gestão internacional" lider prefeitura responsavel ri valores transparencia
    }

    eixo economico "Desenvolvimento econômico" {
      objetivo oe1 "Aumentar as exportações das pequenas empresas locais" lider prefeitura responsavel ri valores cooperacao
    }

    eixo cognitivo "Intercâmbio de conhecimento" {
      nao_se_aplica "Será incorporado na revisão de meio de mandato"
    }

    eixo social "Cultura e identidade" {
      nao_se_aplica "Será incorporado na revisão de meio de mandato"
    }

    eixo territorial "Potencializar o território" {
      descricao "{{?Os atores do território que impulsionam a internacionalização.}}"
      atores    universidade, camara
    }

    eixo estrategico "As seis perguntas" {
      o_que_tenho "{{?Que recursos e capacidades a cidade tem.}}"
      para_que    "{{?Para que sair ao mundo.}}"
      com_quem    "{{?Com quem: parceiros e aliados.}}"
      para_onde   "{{?Para onde: regiões e redes prioritárias.}}"
      por_que     "{{?Por que agora.}}"
      quando      "{{?Quando: etapas do plano.}}"
    }

    # --- Ferramentas do método que o plano usará ---

    ferramentas {
      ferramenta cooperacao_descentralizada "{{?Projetos com cidades e redes}}"
    }

    # --- Ações: cada uma com objetivos, ferramenta, responsável, prazo, datas, orçamento e indicador ---
    # Combine ações de prazo curto (primeiros passos) e longo (todo o horizonte). `atende` cita os
    # itens da FOFA que a ação resolve ou aproveita.

    acao a01 "Criar o Escritório de Relações Internacionais" {
      objetivos   op1, oe1
      ferramenta  cooperacao_descentralizada
      responsavel ri
      parceiros   mercocidades
      prazo       curto
      desde       {{ANIO}}-04
      ate         {{ANIO}}-12
      orcamento   12000000 ARS fonte "Orçamento municipal"
      indicador   "Escritório criado por decreto" base 0 ({{ANIO}}) meta 1 ({{ANIO}})
      atende      d1
      ods         17.17
      ideias      i1
      usa         painel
    }

    acao a02 "Programa de cooperação com a cidade irmã" {
      objetivos   oe1
      ferramenta  cooperacao_descentralizada
      responsavel ri
      parceiros   cidade_irma, camara
      prazo       longo
      desde       {{ANIO}}-07
      ate         {{FIN}}-12
      sem_custo   "É desenvolvido pela equipe do Escritório com a Câmara"  # ou orcamento … fonte "…"
      indicador   "Pequenas empresas que fecham negócios com a cidade irmã" base 0 ({{ANIO}}) meta 5 ({{FIN}})
      atende      f1, o1, a1
      ideias      i3
    }

    # --- Cenários e ferramentas tecnológicas (diretriz 12) ---

    cenarios {
      cenario tendencial "Contexto estável" {
        premissas "{{?A economia regional se mantém.}}"
        efeito    oe1 "{{?As exportações crescem em ritmo moderado.}}"
      }
      cenario otimista "Contexto favorável" {
        premissas "{{?Melhora a demanda dos mercados vizinhos.}}"
        efeito    oe1 "{{?A meta de exportações é alcançada antes.}}"
      }
      cenario pessimista "Contexto adverso" {
        premissas "{{?Recessão regional e menos programas de apoio.}}"
        efeito    oe1 "{{?As exportações ficam estagnadas.}}"
      }
    }

    tecnologia {
      ferramenta painel "Painel público de monitoramento" uso "Publicar avanços e indicadores"
    }

    # --- Divulgação interna e externa (diretriz 7) e participação (diretriz 9) ---

    comunicacao {
      interna    boletim "{{?Boletim interno}}" canal "E-mail institucional" frequencia mensal
      externa    web "{{?Site da prefeitura}}" canal "Web" publico "Cidadania" frequencia trimestral
      publicacao "Diário Oficial do Município"
    }

    participacao {
      pessoal   jornada  "{{?Jornada com os servidores municipais}}" data {{ANIO}}-05 metodo "Oficina"
      cidadania consulta "{{?Consulta pública}}" data {{ANIO}}-06 metodo "Pesquisa on-line"
    }

    # --- Marca Cidade: os sete passos do método ---

    marca_cidade "{{CIUDAD}}" {
      diagnostico           "{{?Como os moradores e os visitantes veem a cidade.}}"
      grupo_de_interesse    "Cidadãos" tipo publico_interno
      visao                 "{{?A cidade que a marca quer projetar.}}"
      identidade            "{{?Programa de identidade: logotipo, usos e normas.}}"
      atributo              "{{?Um atributo diferencial}}"
      argumento             "{{?Um argumento comunicativo}}"
      valor_emocional       "{{?Um valor emocional}}"
      valor_racional        "{{?Um valor racional}}"
      plano_de_comunicacao  "{{?Plano de comunicação da marca.}}"
      marketing_territorial "{{?Plano de marketing territorial.}}"
      simbolo               "{{?O símbolo da cidade}}"
      slogan                "{{?Um slogan}}"
      publico               "Turistas da região" tipo segmento
      publico               "Investidores" tipo nicho
      paleta {
        cor primaria   #1A5276 "Azul"
        cor secundaria #D4AC0D "Dourado"
      }
      tipografia {
        titulos "Source Sans 3"
        corpo   "Source Serif 4"
      }
    }

    # --- Monitoramento e aprovação ---

    monitoramento {
      relatorio         anual "Relatório anual ao Concejo Deliberante" frequencia anual destinatario "Concejo Deliberante"
      audiencia_publica audiencia "Audiência pública de prestação de contas" frequencia anual
      painel            "Painel público no site"
      responsavel       ri
    }

    aprovacao {
      instrumento ordenanca
      # numero      "0000/{{ANIO}}"
      # sancao      {{ANIO}}-06-30
      signatario "{{?Nome Sobrenome}}" cargo "Presidente/a do Concejo Deliberante"
    }
    """#
}
