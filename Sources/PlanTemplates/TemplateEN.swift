/// The English template that `plan init --lang en` writes. `{{CIUDAD}}`, `{{ARCHIVO}}`, `{{ANIO}}`,
/// `{{FIN}}` and `{{HOY}}` are filled in. Same structure as `TemplateES`, with English keywords.
enum TemplateEN {
  static let text = #"""
    # Internationalization plan of {{CIUDAD}}
    #
    # This file is the plan. It is written as plain text: each line starts with a keyword, texts go
    # in quotes and blocks go between braces { }. Lines that start with # are comments: they do not
    # appear in the document.
    #
    #   plan check {{ARCHIVO}}    reviews the plan and shows what is missing
    #   plan fmt {{ARCHIVO}}      tidies indentation and columns
    #
    # Replace the sample texts with your city's. To split the plan into several files (for
    # example, so that each department writes its own part) use:
    #   include "diagnosis.plan"

    plan "{{CIUDAD}} in the World" {
      city        "{{CIUDAD}}"
      province    "{{?Name of the province}}"
      country     "Argentina"
      body        "Municipality of {{CIUDAD}}"
      language    en
      horizon     {{ANIO}} to {{FIN}}
      vision_year 2040
      version     "0.1"
      status      draft  # draft → proposal → approved
      date        {{HOY}}
      # logo "coat-of-arms.png"  # coat of arms image, in the plan's folder
      authority     "{{?First Name Last Name}}" role "Mayor"
      formulated_by mayor
    }

    # --- Vision, values and slogan (guidelines 4 and 5) ---

    vision """
      {{?{{CIUDAD}}, a city open to the world that ... (write here, in words that inspire,
      the city you want to be in 2040).}}
      """

    slogan "{{?A short sentence that sums up the vision}}"

    values {
      value transparency "Transparency" endorsed_by mayor, university
      value cooperation  "Cooperation" endorsed_by ir, chamber
    }

    # --- Participants: the method's four groups (guidelines 1, 3 and 9) ---

    participants {
      leadership        mayor      "{{?Name of the Mayor}}" role "Mayor"
      technical         ir         "International Relations Office"
      civil_society     university "{{?Local university}}" sector university
      civil_society     chamber    "{{?Chamber of Commerce}}" sector chamber
      political_society council    "City Council"
    }

    commission "Commission for the Internationalization and Development of the City" {
      chair    mayor
      members  ir, university, chamber, council
      meetings monthly
    }

    # --- External partners: cities, networks, international bodies, embassies, governments ---

    partners {
      network    mercociudades "Mercociudades network" status in_force norm "{{?Ordinance No. 0000/YYYY}}" fee paid
      city       sister_city   "{{?Sister city}}" country "Chile" status proposed instrument twinning
      government foreign_min   "Argentine Ministry of Foreign Affairs" level national status in_force norm "{{?Agreement ratified by Ordinance No. 0000/YYYY}}"
    }

    # --- Diagnosis: A) current situation, B) internal analysis, C) external analysis ---

    diagnosis {
      current_situation """
        {{?Describe the city's current situation on the international stage.}}
        """
      identified_partners mercociudades, foreign_min
      internal {
        staffing         "{{?Staff available for the international agenda.}}"
        services         "{{?Related municipal services.}}"
        systems          "{{?Information systems.}}"
        resources        "{{?Budget resources.}}"
        usual_strategies no_data "{{?Not surveyed yet}}"
      }
      external {
        social        "{{?Social context.}}"
        economic      "{{?Economic context.}}"
        technological "{{?Technological context.}}"
        environmental "{{?Environmental context.}}"
        cultural      "{{?Cultural context.}}"
        demographic   "{{?Demographic context.}}"
        political     "{{?Political context.}}"
      }
    }

    # --- SWOT: each item has an identifier that actions cite with `addresses` ---

    swot {
      strength    s1 "{{?A strength of the city}}"
      opportunity o1 "{{?An opportunity in the context}}"
      weakness    w1 "{{?An internal weakness}}"
      threat      t1 "{{?An external threat}}"
    }

    # --- Brainstorm (guideline 8): ideas are kept, or discarded with a reason ---

    brainstorm {
      date   {{ANIO}}-03
      method "Workshop with the municipality's political and technical members"
      idea   i1 "Create an international relations office" branch management
      idea   i2 "Publish the plan's progress on a dashboard" branch management
      idea   i3 "Cooperate with a sister city in the region" branch smes
      idea   i4 "Take small businesses to fairs abroad" branch smes
      idea   i5 "Organise an international fair" discarded "Too costly for the first year"
    }

    mind_map "{{CIUDAD}} in the world" {
      branch management "International management" axis political
      branch smes       "Small businesses to the world" axis economic
    }

    # --- Axes: the four motivation axes and the two action-plane axes ---

    axis political "Positioning of the city" {
      objective pol1 "Create the international management structure" sponsor mayor owner ir values transparency
    }

    axis economic "Economic development" {
      objective eco1 "Increase exports by local small businesses" sponsor mayor owner ir values cooperation
    }

    axis cognitive "Knowledge exchange" {
      not_applicable "To be added at the mid-term review"
    }

    axis social "Culture and identity" {
      not_applicable "To be added at the mid-term review"
    }

    axis territorial "Strengthen the territory" {
      description "{{?The actors of the territory who drive internationalization.}}"
      actors      university, chamber
    }

    axis strategic "The six questions" {
      what_we_have "{{?What resources and capabilities the city has.}}"
      what_for     "{{?What going out into the world is for.}}"
      with_whom    "{{?With whom: partners and allies.}}"
      where_to     "{{?Where to: priority regions and networks.}}"
      why          "{{?Why now.}}"
      when         "{{?When: the stages of the plan.}}"
    }

    # --- Tools of the method that the plan will use ---

    tools {
      tool decentralised_cooperation "{{?Projects with cities and networks}}"
    }

    # --- Actions: each with objectives, tool, owner, term, dates, budget and indicator ---
    # Combine short-term actions (first steps) and long-term ones (the whole horizon). `addresses`
    # cites the SWOT items the action resolves or builds on.

    action a01 "Create the International Relations Office" {
      objectives pol1, eco1
      tool       decentralised_cooperation
      owner      ir
      partners   mercociudades
      term       short
      from       {{ANIO}}-04
      until      {{ANIO}}-12
      budget     12000000 ARS source "Municipal budget"
      indicator  "Office created by decree" baseline 0 ({{ANIO}}) target 1 ({{ANIO}})
      addresses  w1
      sdg        17.17
      ideas      i1
      uses       dashboard
    }

    action a02 "Cooperation programme with the sister city" {
      objectives eco1
      tool       decentralised_cooperation
      owner      ir
      partners   sister_city, chamber
      term       long
      from       {{ANIO}}-07
      until      {{FIN}}-12
      no_cost    "Run by the Office's team with the Chamber"  # or budget … source "…"
      indicator  "Small businesses doing business with the sister city" baseline 0 ({{ANIO}}) target 5 ({{FIN}})
      addresses  s1, o1, t1
      ideas      i3
    }

    # --- Scenarios and technological tools (guideline 12) ---

    scenarios {
      scenario trend "Stable context" {
        assumptions "{{?The regional economy holds steady.}}"
        effect      eco1 "{{?Exports grow at a moderate pace.}}"
      }
      scenario optimistic "Favourable context" {
        assumptions "{{?Demand from neighbouring markets improves.}}"
        effect      eco1 "{{?The export target is reached earlier.}}"
      }
      scenario pessimistic "Adverse context" {
        assumptions "{{?Regional recession and fewer support programmes.}}"
        effect      eco1 "{{?Exports stall.}}"
      }
    }

    technology {
      tool dashboard "Public monitoring dashboard" use "Publish progress and indicators"
    }

    # --- Internal and external dissemination (guideline 7) and participation (guideline 9) ---

    communication {
      internal    newsletter "{{?Internal newsletter}}" channel "Institutional email" frequency monthly
      external    web "{{?Municipal website}}" channel "Web" audience "Citizens" frequency quarterly
      publication "Municipal Official Bulletin"
    }

    participation {
      staff    workshop     "{{?Workshop with municipal staff}}" date {{ANIO}}-05 method "Workshop"
      citizens consultation "{{?Public consultation}}" date {{ANIO}}-06 method "Online survey"
    }

    # --- City Brand: the method's seven steps ---

    city_brand "{{CIUDAD}}" {
      diagnosis             "{{?How residents and visitors see the city.}}"
      stakeholder           "Residents" kind public_internal
      vision                "{{?The city the brand wants to project.}}"
      identity              "{{?Identity programme: logo, uses and rules.}}"
      attribute             "{{?A differential attribute}}"
      argument              "{{?A communicative argument}}"
      emotional_value       "{{?An emotional value}}"
      rational_value        "{{?A rational value}}"
      communication_plan    "{{?The brand's communication plan.}}"
      territorial_marketing "{{?Territorial marketing plan.}}"
      symbol                "{{?The city's symbol}}"
      slogan                "{{?A slogan}}"
      audience              "Visitors from the region" kind segment
      audience              "Investors" kind niche
      palette {
        colour primary   #1A5276 "Blue"
        colour secondary #D4AC0D "Gold"
      }
      typography {
        headings "Source Sans 3"
        body     "Source Serif 4"
      }
    }

    # --- Monitoring and approval ---

    monitoring {
      report         annual "Annual report to the City Council" frequency annual recipient "City Council"
      public_hearing hearing "Public accountability hearing" frequency annual
      dashboard      "Public dashboard on the website"
      owner          ir
    }

    approval {
      instrument ordinance
      # number     "0000/{{ANIO}}"
      # enacted    {{ANIO}}-06-30
      signatory "{{?First Name Last Name}}" role "President of the City Council"
    }
    """#
}
