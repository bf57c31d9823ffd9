"""German sentence segmentation: abbreviations after which a full stop does not end a sentence."""

ABBREVIATIONS = frozenset("""
Dr Prof Hr Fr Nr St Str bzw ca usw vgl z.B u.a d.h etc Mio Mrd Jh Jhd Abs Art Bd ggf inkl evtl sog
Jan Feb Mrz Apr Jun Jul Aug Sep Sept Okt Nov Dez geb gest Min Tel Gen Kap Mr Mrs Ms
""".split())

# A number followed by a full stop is an ordinal ("am 5. Februar"), not a sentence end.
ORDINAL_DOT = True
