"""English sentence segmentation: abbreviations after which a full stop does not end a sentence."""

ABBREVIATIONS = frozenset("""
Mr Mrs Ms Dr Prof Sen Rep Gov Gen Col Lt Sgt Capt Adm St Jr Sr Inc Ltd Corp Co No vs etc e.g i.e
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
""".split())

ORDINAL_DOT = False
