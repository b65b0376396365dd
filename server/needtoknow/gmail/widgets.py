"""Card JSON for Google Workspace add-ons (HTTP runtime): widgets, cards and the responses that
carry them. Text fields accept Google's small HTML subset, so every value we didn't write is
escaped with `esc`."""
import html
import re

RED, AMBER, GREEN, GREY = "#b3261e", "#8a5a00", "#1e7b34", "#5f6368"
_MARKDOWN = re.compile(r"(\\.|\*\*)", re.S)  # an escaped character, or a bold marker


def esc(text):
    return html.escape(str(text), quote=False)


def markdown(text):
    """The engine's Markdown (bold, and characters of file names escaped with `\\`) as card
    HTML: bold becomes <b>, an escaped character is shown as itself, everything else escaped."""
    out, bold = [], False
    for piece in _MARKDOWN.split(text):
        if piece == "**":
            out.append("</b>" if bold else "<b>")
            bold = not bold
        elif piece.startswith("\\") and len(piece) == 2:
            out.append(esc(piece[1]))
        else:
            out.append(esc(piece))
    if bold:
        out.append("</b>")
    return "".join(out)


def coloured(text, colour):
    return f'<font color="{colour}">{text}</font>'


def card(header, sections, name=None):
    out = {"header": header, "sections": [s for s in sections if s]}
    if name:
        out["name"] = name
    return out


def header(title, subtitle=None, image_url=None):
    out = {"title": title}
    if subtitle:
        out["subtitle"] = subtitle
    if image_url:
        out.update(imageUrl=image_url, imageType="SQUARE", imageAltText="Need to Know")
    return out


def section(widgets, title=None, collapsed_after=None):
    """A section; with `collapsed_after`, widgets after that many fold behind 'show more'."""
    widgets = [w for w in widgets if w]
    if not widgets:
        return None
    out = {"widgets": widgets}
    if title:
        out["header"] = title
    if collapsed_after is not None and len(widgets) > collapsed_after:
        out.update(collapsible=True, uncollapsibleWidgetsCount=collapsed_after)
    return out


def paragraph(text):
    return {"textParagraph": {"text": text}}


def decorated(text, top=None, bottom=None):
    out = {"text": text, "wrapText": True}
    if top:
        out["topLabel"] = top
    if bottom:
        out["bottomLabel"] = bottom
    return {"decoratedText": out}


def action(function, **parameters):
    out = {"function": function}
    if parameters:
        out["parameters"] = [{"key": k, "value": str(v)} for k, v in parameters.items()]
    return out


def button(text, function, **parameters):
    return {"text": text, "onClick": {"action": action(function, **parameters)}}


def buttons(*items):
    items = [b for b in items if b]
    return {"buttonList": {"buttons": items}} if items else None


def text_input(name, label, hint=None):
    out = {"name": name, "label": label, "type": "MULTIPLE_LINE"}
    if hint:
        out["hintText"] = hint
    return {"textInput": out}


def dropdown(name, label, items):
    """A drop-down list; `items` are (value, text) pairs, the first selected."""
    return {"selectionInput": {"name": name, "label": label, "type": "DROPDOWN", "items": [
        {"text": text, "value": value, "selected": i == 0} for i, (value, text) in enumerate(items)]}}


def divider():
    return {"divider": {}}


# Responses. A trigger (homepage, compose) answers a RenderAction; a card action answers
# {"renderActions": RenderAction}.

def push(card_):
    return {"action": {"navigations": [{"pushCard": card_}]}}


def navigate(card_, how="pushCard", notification=None):
    act = {"navigations": [{how: card_}]}
    if notification:
        act["notification"] = {"text": notification}
    return {"renderActions": {"action": act}}


def notify(text):
    return {"renderActions": {"action": {"notification": {"text": text}}}}


def update_draft(markup):
    return {"renderActions": {"hostAppAction": {"gmailAction": {"updateDraftActionMarkup": markup}}}}
