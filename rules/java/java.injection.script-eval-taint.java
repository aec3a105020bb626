import javax.script.*;
import javax.servlet.http.*;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.*;

@RestController
public class CalculatorController {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/calc")
    public Object calc(@RequestParam String expr) throws ScriptException {
        // ruleid: java.injection.script-eval-taint
        return engine.eval(expr);
    }

    @GetMapping("/calc-safe")
    public Object calcSafe(@RequestParam String a, @RequestParam String b) throws ScriptException {
        Bindings bindings = engine.createBindings();
        bindings.put("a", Double.parseDouble(a));
        bindings.put("b", b);
        // ok: java.injection.script-eval-taint
        return engine.eval("a * 2 + b.length", bindings);
    }

    @GetMapping("/spel")
    public Object spel(HttpServletRequest request) {
        String field = request.getParameter("field");
        // ruleid: java.injection.script-eval-taint
        return parser.parseExpression("user." + field).getValue();
    }

    @GetMapping("/spel-fixed")
    public Object spelFixed() {
        // ok: java.injection.script-eval-taint
        return parser.parseExpression("'Hello ' + 'World'").getValue();
    }
}
