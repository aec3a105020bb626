from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

# ruleid: python.xss.template-autoescape-off
env = Environment(loader=FileSystemLoader("templates"))

# ruleid: python.xss.template-autoescape-off
mail_env = Environment(loader=FileSystemLoader("mail"), autoescape=False)

# ok: python.xss.template-autoescape-off
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))

# ok: python.xss.template-autoescape-off
also_safe = Environment(loader=FileSystemLoader("templates"), autoescape=True)


def render_welcome(name):
    # ruleid: python.xss.template-autoescape-off
    return Template("<p>Hello {{ name }}</p>", autoescape=False).render(name=name)


def setup(app):
    # ruleid: python.xss.template-autoescape-off
    app.jinja_env.autoescape = False
    # ok: python.xss.template-autoescape-off
    app.jinja_env.trim_blocks = True
