"""Terms of two white papers, in two lessons, as the drill tests use them."""

from __future__ import annotations

from duiyi.drill.terms import DrillTerm


def term(
    term_id: int,
    chinese: str,
    pinyin: str,
    *english: str,
    document: int = 1,
    lesson: int = 1,
    deck: int = 1,
    tags: tuple[str, ...] = (),
) -> DrillTerm:
    """A drill term with one document and one lesson."""
    return DrillTerm(
        term_id,
        chinese,
        pinyin,
        tuple(english),
        frozenset({document}),
        deck,
        frozenset({lesson}),
        frozenset(tags),
    )


SAMPLE = (
    term(1, "网络安全", "wǎngluò ānquán", "cybersecurity", "network security"),
    term(2, "数字经济", "shùzì jīngjì", "digital economy"),
    term(3, "数字鸿沟", "shùzì hónggōu", "digital divide"),
    term(4, "人才交流", "réncái jiāoliú", "people-to-people exchanges", "talent exchange"),
    term(5, "网络空间", "wǎngluò kōngjiān", "cyberspace"),
    term(6, "数据安全", "shùjù ānquán", "data security"),
    term(
        7, "关键信息基础设施", "guānjiàn xìnxī jīchǔ shèshī", "critical information infrastructure"
    ),
    term(8, "个人信息保护", "gèrén xìnxī bǎohù", "personal information protection"),
    term(9, "跨境数据流动", "kuàjìng shùjù liúdòng", "cross-border data flow"),
    term(10, "互联网治理", "hùliánwǎng zhìlǐ", "internet governance"),
    term(11, "标准化", "biāozhǔnhuà", "standardisation", document=2, lesson=2),
    term(12, "现代化", "xiàndàihuà", "modernisation", document=2, lesson=2),
    term(13, "国防", "guófáng", "national defence", document=2, lesson=2),
    term(14, "市中心", "shì zhōngxīn", "city centre", document=2, lesson=2),
    term(15, "劳动力", "láodònglì", "labour force", document=2, lesson=2),
    term(16, "生态文明", "shēngtài wénmíng", "ecological civilisation", document=2, lesson=2),
)
