/** The commented starter config `reportlint init` writes; a test proves it (and its commented examples) valid. */
export const STARTER_CONFIG = `# reportlint 配置 / reportlint configuration
# 从当前文件夹向上查找最近的配置文件；命令行参数优先于这里的设置。
# Found by walking up from the working folder; command-line flags win over it.
# 用 --config <文件> 指定，--no-config 忽略。 Use --config <file> or --no-config.

# 消息语言 / message language: zh | en
lang: zh

# 输出格式 / output format (see reportlint --help)
format: stylish

# 额外的规则集文件或文件夹，相对本文件 / extra rule sets, relative to this file
# rules:
#   - rules/本单位规则集.yaml

# 所有报告都用这个规则集检查 / check every report with this rule set
# ruleSet: zwgk-summary

# 及格分 0-100，覆盖各规则集的 passMark / pass mark for every rule set
# minScore: 70

# 检查文件夹时跳过的文件（glob，相对本文件；不含 / 的模式匹配任意位置的文件名）
# files a folder or glob skips (relative to this file; a pattern without / matches a name anywhere)
# ignore:
#   - "草稿/**"
#   - "*-旧版.docx"

# 按规则集调整：及格分、各部分权重和级别、关闭某部分或某项检查
# per rule set: pass mark, section weights and severity, switching a section or a check off
# overrides:
#   zwgk-summary:
#     passMark: 70
#     sections:
#       interpretation: { weight: 10, severity: warning }
#       oversight: { off: true }
#     checks:
#       placeholders: false

# 各项检查的级别：off | info | warning | error，按检查名、消息代码或部分 id
# severity by check name, message code or section id
# severity:
#   placeholder: error
#   sectionNoFigures: info

# 警告超过此数即以 1 退出 / more warnings than this fail the run
# maxWarnings: 10

# 有意接受的问题，须写明理由；到期（until）后重新计入 / findings accepted on purpose, with a reason
# waive:
#   - files: "乡镇/*.docx"
#     rule: placeholder-mask
#     reason: 按要求隐去村名
#     until: 2025-12-31

# 内容雷同：报告之间、与 --baseline 给出的上年报告之间 / similar reports, within the run and with --baseline
# similar:
#   threshold: 0.5        # 较短一篇有此比例见于另一篇即报告 / share of the shorter report found in the other
#   severity: warning     # 设为 error 时运行以 1 退出 / error makes the run exit 1
#   boilerplate:          # 各单位都会用的套话，不计入 / phrases every report may share
#     - 现将有关情况报告如下
`;
