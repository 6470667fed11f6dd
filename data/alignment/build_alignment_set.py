"""Builds the alignment set: GB/T 19001-2016 (IDT ISO 9001:2015) against ISO 9001:2015, clause by clause.

The sentences are ours, written around what each clause requires; they are not the standards' wording.
Run: python data/alignment/build_alignment_set.py (writes the two CSVs beside this script).
"""

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ISO, GB = "ISO 9001:2015", "GB/T 19001-2016"
ISO_TITLE = "Quality management systems — Requirements"
GB_TITLE = "质量管理体系 要求"

# (ISO clause, English text, GB clause, Chinese text). A GB clause of None continues the previous GB row
# (1:2: one Chinese row covers two ISO clauses); an ISO clause of None adds a second Chinese row for the
# previous ISO clause (2:1).
PAIRS = [
    ("1", "This standard sets out what a quality management system must do when an organization has to show it can "
          "consistently provide products and services that meet customer and legal requirements and aims to raise "
          "customer satisfaction.",
     "1", "本标准规定了质量管理体系的要求，适用于需要证实其具有稳定提供满足顾客要求及适用法律法规要求的产品和服务的能力、"
          "并致力于增强顾客满意的组织。"),
    ("4.1", "The organization shall work out the external and internal issues that bear on its purpose and strategic "
            "direction and affect its ability to reach the intended results of its quality management system, and "
            "keep track of them.",
     "4.1", "组织应确定与其宗旨和战略方向相关、并影响其实现质量管理体系预期结果能力的各种外部和内部因素，并对这些因素的"
            "相关信息进行监视和评审。"),
    ("4.2", "The organization shall identify the interested parties relevant to its quality management system and "
            "their requirements, and review this information.",
     "4.2", "组织应确定与质量管理体系有关的相关方及其要求，并监视和评审这些相关方及其要求的信息。"),
    ("4.3", "The organization shall decide the boundaries and applicability of the quality management system to fix "
            "its scope, and keep the scope available as documented information; a requirement may be declared not "
            "applicable only if this does not affect conformity of products and services.",
     "4.3", "组织应明确质量管理体系的边界和适用性，以确定其范围，并将范围作为形成文件的信息予以保持；只有当不适用的要求"
            "不影响产品和服务的合格时，方可声称不适用。"),
    ("4.4", "The organization shall establish, implement, maintain and continually improve a quality management "
            "system, including the processes needed and their interactions, their inputs, outputs, criteria, "
            "resources, responsibilities, risks and opportunities.",
     "4.4", "组织应建立、实施、保持和持续改进质量管理体系，包括所需的过程及其相互作用，确定过程的输入和输出、准则、"
            "资源、职责和权限以及风险和机遇。"),
    ("5.1.1", "Top management shall demonstrate leadership and commitment: take accountability for the "
              "effectiveness of the system, make sure the quality policy and objectives fit the strategic direction, "
              "and promote the process approach and risk-based thinking.",
     "5.1.1", "最高管理者应证实其对质量管理体系的领导作用和承诺：对体系的有效性负责，确保质量方针和质量目标与组织战略"
              "方向相一致，并促进使用过程方法和基于风险的思维。"),
    ("5.1.2", "Top management shall show leadership on customer focus: customer and legal requirements are "
              "determined and met, risks and opportunities affecting conformity are addressed, and enhancing "
              "customer satisfaction stays the focus.",
     "5.1.2", "最高管理者应通过确保以下方面证实其以顾客为关注焦点的领导作用：确定并满足顾客要求及法律法规要求，应对影响"
              "产品和服务合格的风险和机遇，始终致力于增强顾客满意。"),
    ("5.2.1", "Top management shall set up, implement and maintain a quality policy that suits the organization's "
              "purpose, gives a framework for quality objectives and commits to meeting requirements and to "
              "continual improvement.",
     "5.2.1", "最高管理者应制定、实施和保持质量方针，方针应适应组织的宗旨，为建立质量目标提供框架，并包括满足适用要求"
              "和持续改进质量管理体系的承诺。"),
    ("5.2.2", "The quality policy shall be available as documented information, be communicated and understood "
              "within the organization, and be available to relevant interested parties where appropriate.",
     "5.2.2", "质量方针应作为形成文件的信息可获取并保持，在组织内得到沟通、理解和应用，适宜时可为有关相关方所获取。"),
    ("5.3", "Top management shall assign the responsibilities and authorities for relevant roles, communicate them "
            "and make them understood, including who reports on the performance of the quality management system.",
     "5.3", "最高管理者应确保组织相关岗位的职责、权限得到分派、沟通和理解，包括指定谁负责向最高管理者报告质量管理体系"
            "的绩效。"),
    ("6.1", "When planning the quality management system, the organization shall determine the risks and "
            "opportunities that need to be addressed, plan actions to deal with them and evaluate how effective "
            "those actions are.",
     "6.1", "在策划质量管理体系时，组织应确定需要应对的风险和机遇，策划应对这些风险和机遇的措施，并评价这些措施的有效性。"),
    ("6.2", "The organization shall establish quality objectives at relevant functions, levels and processes; they "
            "shall be measurable, monitored, communicated and updated, and their achievement planned: what, with "
            "which resources, who, when and how results are evaluated.",
     "6.2", "组织应针对相关职能、层次和过程建立质量目标，目标应可测量、予以监视、沟通并适时更新；策划如何实现目标时，应"
            "确定要做什么、需要什么资源、由谁负责、何时完成以及如何评价结果。"),
    ("6.3", "When the organization decides that changes to the quality management system are needed, they shall be "
            "carried out in a planned way, considering their purpose, consequences, resources and responsibilities.",
     "6.3", "当组织确定需要对质量管理体系进行变更时，变更应按策划的方式实施，并考虑变更目的及其潜在后果、资源的可获得性"
            "以及职责和权限的分配。"),
    ("7.1.1", "The organization shall determine and provide the resources needed for the quality management system, "
              "considering the capability of existing internal resources and what must be obtained from external "
              "providers.",
     "7.1.1", "组织应确定并提供建立、实施、保持和持续改进质量管理体系所需的资源，并考虑现有内部资源的能力和约束以及需要"
              "从外部供方获得的资源。"),
    ("7.1.2", "The organization shall determine and provide the persons needed to operate the quality management "
              "system and its processes effectively.",
     "7.1.2", "组织应确定并配备所需的人员，以有效实施质量管理体系并运行和控制其过程。"),
    ("7.1.3", "The organization shall determine, provide and maintain the infrastructure needed for its processes, "
              "such as buildings, equipment including hardware and software, transport, and information and "
              "communication technology.",
     "7.1.3", "组织应确定、提供并维护过程运行所需的基础设施，例如建筑物和相关设施、设备（包括硬件和软件）、运输资源以及"
              "信息和通讯技术。"),
    ("7.1.4", "The organization shall determine, provide and maintain the environment for the operation of its "
              "processes, which may combine social, psychological and physical factors such as temperature, humidity, "
              "lighting, airflow, hygiene and noise.",
     "7.1.4", "组织应确定、提供并维护过程运行所需的环境，该环境可能是人文因素与物理因素的结合，如社会因素、心理因素以及"
              "温度、湿度、照明、空气流通、卫生和噪声等物理因素。"),
    ("7.1.5.1", "Where monitoring or measuring is used to verify conformity, the organization shall provide resources "
                "suitable for the activity and maintained for continued fitness, and retain documented information as "
                "evidence of that fitness.",
     "7.1.5", "当利用监视或测量来验证产品和服务符合要求时，组织应确定并提供所需的资源，确保其适合特定类型的监视和测量活动"
              "并得到维护，保留作为监视和测量资源适合其用途的证据的形成文件的信息；当要求测量溯源时，测量设备应按规定的时间"
              "间隔或在使用前对照可溯源到国际或国家标准的测量标准进行校准或检定，予以识别以确定其状态，并防止调整、损坏或"
              "劣化；发现设备不符合预期用途时，应确定以往测量结果的有效性是否受到不利影响。"),
    ("7.1.5.2", "When measurement traceability is required, measuring equipment shall be calibrated or verified at "
                "specified intervals or before use against standards traceable to international or national "
                "measurement standards, identified to show its status, and safeguarded from adjustments, damage or "
                "deterioration; if it is found unfit, the validity of earlier results shall be determined.",
     None, None),
    ("7.1.6", "The organization shall determine the knowledge needed to operate its processes and achieve conformity, "
              "keep it available, and consider how to acquire or access additional knowledge when needs and trends "
              "change.",
     "7.1.6", "组织应确定必要的知识，以运行过程并获得合格的产品和服务；这些知识应予以保持并能在所需的范围内得到；为应对"
              "不断变化的需求和发展趋势，组织应考虑如何获取或接触更多必要的知识和知识更新。"),
    ("7.2", "The organization shall determine the competence needed by persons doing work under its control, make "
            "sure they are competent on the basis of education, training or experience, take actions to acquire it "
            "and keep evidence of competence.",
     "7.2", "组织应确定在其控制下工作的人员所需具备的能力，基于适当的教育、培训或经验确保这些人员是胜任的，适用时采取措施"
            "以获得所需的能力，并保留形成文件的信息作为人员能力的证据。"),
    ("7.3", "Persons doing work under the organization's control shall be aware of the quality policy, relevant "
            "quality objectives, their contribution to the system's effectiveness and the implications of not "
            "conforming.",
     "7.3", "组织应确保在其控制下工作的人员知晓质量方针、相关的质量目标、他们对质量管理体系有效性的贡献以及不符合质量管理"
            "体系要求的后果。"),
    ("7.4", "The organization shall determine the internal and external communications relevant to the quality "
            "management system: what, when, with whom, how and who communicates.",
     "7.4", "组织应确定与质量管理体系相关的内部和外部沟通，包括沟通什么、何时沟通、与谁沟通、如何沟通以及谁来沟通。"),
    ("7.5.1", "The quality management system shall include the documented information required by this standard and "
              "the documented information the organization finds necessary for its effectiveness.",
     "7.5.1", "组织的质量管理体系应包括本标准要求的形成文件的信息，以及组织所确定的、为确保质量管理体系有效性所需的形成"
              "文件的信息。"),
    ("7.5.2", "When creating and updating documented information, the organization shall ensure suitable "
              "identification and description, format and media, and review and approval for suitability and "
              "adequacy.",
     "7.5.2", "在创建和更新形成文件的信息时，组织应确保适当的标识和说明（如标题、日期、作者、索引编号）、形式（如语言、软件"
              "版本、图表）和载体（如纸质的、电子的），以及评审和批准，以保持适宜性和充分性。"),
    ("7.5.3", "Documented information shall be controlled so that it is available and suitable where and when "
              "needed and adequately protected; distribution, access, storage, change control, retention and "
              "disposition shall be addressed.",
     "7.5.3", "应控制质量管理体系和本标准所要求的形成文件的信息，确保在需要的场合和时机均可获得并适用，并予以妥善保护；"
              "应进行分发、访问、检索和使用、存储和防护、更改控制、保留和处置等活动。"),
    ("8.1", "The organization shall plan, implement and control the processes needed to meet the requirements for "
            "products and services, setting criteria for the processes and for acceptance, and controlling planned "
            "changes and outsourced processes.",
     "8.1", "为满足产品和服务提供的要求，组织应策划、实施和控制所需的过程，确定过程准则以及产品和服务的接收准则，控制策划"
            "的变更，并确保外包过程受控。"),
    ("8.2.1", "Communication with customers shall cover information on products and services, enquiries, contracts "
              "and orders including changes, customer feedback and complaints, handling of customer property, and "
              "contingency actions where relevant.",
     "8.2.1", "与顾客沟通的内容应包括：提供有关产品和服务的信息，处理问询、合同或订单（包括更改），获取有关产品和服务的"
              "顾客反馈（包括顾客抱怨），处置或控制顾客财产，以及关系重大时制定应急措施的特定要求。"),
    ("8.2.2", "When determining the requirements for the products and services to be offered, the organization shall "
              "make sure they are defined, including legal requirements and those it considers necessary, and that it "
              "can meet the claims it makes.",
     "8.2.2", "在确定向顾客提供的产品和服务的要求时，组织应确保产品和服务的要求得到规定，包括适用的法律法规要求和组织认为"
              "的必要要求，并确保组织能够满足其所声明的产品和服务的要求。"),
    ("8.2.3", "Before committing to supply products and services to a customer, the organization shall review the "
              "requirements, including those not stated by the customer but necessary for the intended use, and "
              "resolve differences from earlier requirements.",
     "8.2.3", "在承诺向顾客提供产品和服务之前，组织应对要求进行评审，包括顾客虽然没有明示、但规定的用途或已知的预期用途所"
              "必需的要求，并确保与以前表述不一致的合同或订单要求已得到解决。"),
    ("8.2.4", "When requirements for products and services are changed, the relevant documented information shall be "
              "amended and relevant persons made aware of the changed requirements.",
     "8.2.4", "若产品和服务要求发生更改，组织应确保相关的形成文件的信息得到修改，并确保相关人员知道已更改的要求。"),
    ("8.3.1", "The organization shall establish, implement and maintain a design and development process suitable "
              "for ensuring the later provision of products and services.",
     "8.3.1", "组织应建立、实施和保持适当的设计和开发过程，以确保后续的产品和服务的提供。"),
    ("8.3.2", "In planning design and development, the organization shall consider the nature and complexity of the "
              "activities, the stages with reviews, verification and validation, responsibilities, resources, "
              "interfaces and the involvement of customers and users.",
     "8.3.2", "在确定设计和开发的各个阶段和控制时，组织应考虑设计和开发活动的性质、持续时间和复杂程度，所需的过程阶段（包括"
              "适用的设计和开发评审）、验证和确认活动、职责和权限、资源需求、接口以及顾客和使用者参与的需求。"),
    ("8.3.3", "The organization shall determine the requirements essential for the types of products and services "
              "being designed: functional and performance requirements, information from earlier similar designs, "
              "legal requirements and codes of practice.",
     "8.3.3", "组织应针对所设计和开发的具体类型的产品和服务，确定必需的要求，包括功能和性能要求、来源于以前类似设计和开发"
              "活动的信息、法律法规要求以及组织承诺实施的标准或行业规范。"),
    ("8.3.4", "Controls shall be applied to the design and development process so that results are defined, reviews "
              "are held, verification shows outputs meet inputs, validation shows products fit the intended use, and "
              "problems are acted on.",
     "8.3.4", "组织应对设计和开发过程进行控制，规定拟获得的结果，实施评审活动，实施验证活动以确保输出满足输入的要求，实施"
              "确认活动以确保产品和服务能够满足规定的使用要求或预期用途，并针对发现的问题采取必要措施。"),
    ("8.3.5", "Design and development outputs shall meet the input requirements, be adequate for later processes, "
              "include or reference monitoring and measuring requirements and acceptance criteria, and specify the "
              "characteristics essential for safe and proper use.",
     "8.3.5", "组织应确保设计和开发输出满足输入的要求，满足后续产品和服务提供过程的需要，包括或引用监视和测量的要求以及接收"
              "准则，并规定产品和服务预期目的、安全和正常提供所必需的特性。"),
    ("8.3.6", "Changes made during or after design and development shall be identified, reviewed and controlled so "
              "that they do not adversely affect conformity to requirements.",
     "8.3.6", "组织应对产品和服务设计和开发期间以及后续所做的更改进行适当的识别、评审和控制，以确保这些更改对满足要求不会"
              "产生不利影响。"),
    ("8.4.1", "The organization shall make sure externally provided processes, products and services conform to "
              "requirements, and shall set criteria for evaluating, selecting, monitoring and re-evaluating external "
              "providers.",
     "8.4.1", "组织应确保外部提供的过程、产品和服务符合要求，并基于外部供方按照要求提供过程、产品和服务的能力，确定并实施"
              "对外部供方的评价、选择、绩效监视以及再评价的准则。"),
    ("8.4.2", "The type and extent of control over external providers shall be such that externally provided "
              "processes, products and services do not harm the organization's ability to deliver conforming "
              "products and services to its customers.",
     "8.4.2", "组织应确保外部提供的过程、产品和服务不会对组织稳定地向顾客交付合格产品和服务的能力产生不利影响，并确定对外部"
              "供方及其输出实施控制的类型和程度。"),
    ("8.4.3", "Before communicating with an external provider, the organization shall ensure the requirements are "
              "adequate: the processes, products and services to be provided, approvals, competence of persons, "
              "interactions, control and verification activities.",
     "8.4.3", "组织应确保在与外部供方沟通之前所确定的要求是充分和适宜的，沟通内容包括需提供的过程、产品和服务，对产品和服务、"
              "方法、过程和设备的批准，能力（包括所要求的人员资格），外部供方与组织的互动，以及组织对外部供方绩效的控制和监视。"),
    ("8.5.1", "Production and service provision shall be carried out under controlled conditions, including available "
              "documented information on characteristics and results, suitable monitoring and measuring resources, "
              "suitable infrastructure and environment, competent persons, validation of processes whose output "
              "cannot be verified afterwards, actions against human error, and release, delivery and post-delivery "
              "activities.",
     "8.5.1", "组织应在受控条件下进行生产和服务提供，受控条件包括：可获得说明产品和服务特性及拟获得结果的形成文件的信息；"
              "可获得和使用适宜的监视和测量资源；在适当阶段实施监视和测量活动；为过程的运行使用适宜的基础设施和环境；"
              "配备胜任的人员。"),
    (None, None,
     "8.5.1（续）", "受控条件还包括：若输出结果不能由后续的监视或测量加以验证，应对生产和服务提供过程实现策划结果的能力进行"
                  "确认和定期再确认；采取措施防止人为错误；实施放行、交付和交付后的活动。"),
    ("8.5.2", "The organization shall use suitable means to identify outputs and their status with respect to "
              "monitoring and measurement, and control unique identification where traceability is required.",
     "8.5.2", "需要时，组织应采用适当的方法识别输出，以确保产品和服务合格；组织应在生产和服务提供的整个过程中按照监视和测量"
              "要求识别输出状态；当有可追溯要求时，组织应控制输出的唯一性标识。"),
    ("8.5.3", "The organization shall take care with property belonging to customers or external providers while it "
              "is under its control, identify, verify and protect it, and report to the owner if it is lost, damaged "
              "or unfit for use.",
     "8.5.3", "组织应爱护在组织控制下或组织使用的顾客或外部供方的财产，对其进行识别、验证、保护和防护；若发生丢失、损坏或"
              "发现不适用情况，组织应向顾客或外部供方报告。"),
    ("8.5.4", "The organization shall preserve outputs during production and service provision as needed to keep "
              "them conforming, for example through identification, handling, packaging, storage, transmission and "
              "protection.",
     "8.5.4", "组织应在生产和服务提供期间对输出进行必要的防护，以确保符合要求；防护可包括标识、处置、污染控制、包装、储存、"
              "传输或运输以及保护。"),
    ("8.5.5", "The organization shall meet requirements for post-delivery activities, considering legal requirements, "
              "potential undesired consequences, the nature, use and lifetime of products and services, customer "
              "feedback and requirements.",
     "8.5.5", "组织应满足与产品和服务相关的交付后活动的要求，在确定交付后活动的覆盖范围和程度时，应考虑法律法规要求、潜在的"
              "不期望的后果、产品和服务的性质、使用和预期寿命、顾客要求以及顾客反馈。"),
    ("8.5.6", "The organization shall review and control changes for production or service provision to keep "
              "conformity with requirements, and retain documented information describing the review results, who "
              "authorized the change and any actions arising.",
     "8.5.6", "组织应对生产或服务提供的更改进行必要的评审和控制，以确保持续地符合要求；组织应保留形成文件的信息，包括有关"
              "更改评审结果、授权进行更改的人员以及根据评审所采取的必要措施。"),
    ("8.6", "Products and services shall not be released to the customer until the planned arrangements to verify "
            "that requirements are met have been completed, unless approved by a relevant authority or the customer; "
            "evidence of conformity and of who authorized release shall be retained.",
     "8.6", "除非得到有关授权人员的批准，适用时得到顾客的批准，否则在策划的安排已圆满完成之前，不应向顾客放行产品和交付服务；"
            "组织应保留有关产品和服务放行的形成文件的信息，包括符合接收准则的证据和授权放行人员的可追溯信息。"),
    ("8.7", "Outputs that do not conform to requirements shall be identified and controlled to prevent their "
            "unintended use or delivery, and dealt with by correction, segregation, containment, return, suspension, "
            "informing the customer or obtaining authorization for acceptance under concession.",
     "8.7", "组织应确保对不符合要求的输出进行识别和控制，以防止非预期的使用或交付；可通过纠正，隔离、限制、退货或暂停对产品"
            "和服务的提供，告知顾客，或获得让步接收的授权等方式处置不合格输出。"),
    ("9.1.1", "The organization shall determine what needs to be monitored and measured, the methods, when to do it "
              "and when to analyse and evaluate the results, and evaluate the performance and effectiveness of the "
              "quality management system.",
     "9.1.1", "组织应确定需要监视和测量什么、所需的监视、测量、分析和评价方法、何时实施监视和测量以及何时对结果进行分析和"
              "评价，并评价质量管理体系的绩效和有效性。"),
    ("9.1.2", "The organization shall monitor how customers perceive the degree to which their needs and expectations "
              "have been fulfilled, and decide how to obtain, monitor and review this information.",
     "9.1.2", "组织应监视顾客对其需求和期望已得到满足的程度的感受，并确定获取、监视和评审该信息的方法。"),
    ("9.1.3", "The organization shall analyse and evaluate the data and information arising from monitoring and "
              "measurement, and use the results to judge conformity, customer satisfaction, the effectiveness of "
              "planning and the performance of external providers.",
     "9.1.3", "组织应分析和评价通过监视和测量获得的适当的数据和信息，利用分析结果评价产品和服务的符合性、顾客满意程度、策划"
              "是否得到有效实施以及外部供方的绩效。"),
    ("9.2", "The organization shall conduct internal audits at planned intervals to find out whether the quality "
            "management system conforms to its own requirements and to this standard and is effectively implemented "
            "and maintained.",
     "9.2", "组织应按照策划的时间间隔进行内部审核，以提供有关质量管理体系是否符合组织自身要求和本标准的要求、是否得到有效的"
            "实施和保持的信息。"),
    ("9.3", "Top management shall review the organization's quality management system at planned intervals to ensure "
            "its continuing suitability, adequacy and effectiveness and its alignment with the strategic direction.",
     "9.3", "最高管理者应按照策划的时间间隔对组织的质量管理体系进行评审，以确保其持续的适宜性、充分性和有效性，并与组织的"
            "战略方向保持一致。"),
    ("10.1", "The organization shall determine and select opportunities for improvement and implement the actions "
             "needed to meet customer requirements and enhance customer satisfaction.",
     "10.1", "组织应确定和选择改进机会，并采取必要措施，满足顾客要求和增强顾客满意。"),
    ("10.2", "When a nonconformity occurs, including one from a complaint, the organization shall react to it, "
             "evaluate the need to eliminate its causes, implement corrective action and review its effectiveness.",
     "10.2", "当出现不合格时，包括来自投诉的不合格，组织应对不合格作出应对，通过评审和分析确定不合格的原因，评价是否需要"
             "采取措施以消除产生不合格的原因，实施所需的纠正措施并评审其有效性。"),
    ("10.3", "The organization shall continually improve the suitability, adequacy and effectiveness of the quality "
             "management system, using the results of analysis and evaluation and of management review.",
     "10.3", "组织应持续改进质量管理体系的适宜性、充分性和有效性，并考虑分析和评价的结果以及管理评审的输出。"),
]


def build() -> None:
    intl, dom = [], []
    for iso_clause, en, gb_clause, zh in PAIRS:
        if iso_clause is not None:
            intl.append([ISO, iso_clause, ISO_TITLE, "en", en])
        if gb_clause is not None:
            dom.append([GB, gb_clause, GB_TITLE, "zh", zh, ISO, iso_clause or dom[-1][-1]])
        else:  # this ISO clause is also covered by the previous Chinese row
            dom[-1][-1] += ";" + iso_clause
    with (HERE / "iso9001_international.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["standard", "clause", "title", "lang", "text"])
        out.writerows(intl)
    with (HERE / "gbt19001_domestic.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["standard", "clause", "title", "lang", "text", "counterpart_standard", "counterpart_clause"])
        out.writerows(dom)


if __name__ == "__main__":
    build()
