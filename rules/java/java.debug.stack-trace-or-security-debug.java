package com.example.demo;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

@Configuration
// ruleid: java.debug.stack-trace-or-security-debug
@EnableWebSecurity(debug = true)
class DebugSecurityConfig {
}

@Configuration
// ok: java.debug.stack-trace-or-security-debug
@EnableWebSecurity
class SecurityConfig {
}

class ReportServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(ReportServlet.class);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            render(request, response);
        } catch (RuntimeException e) {
            // ruleid: java.debug.stack-trace-or-security-debug
            e.printStackTrace(response.getWriter());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            render(request, response);
        } catch (RuntimeException e) {
            // ok: java.debug.stack-trace-or-security-debug
            log.error("report failed", e);
            response.sendError(500, "Internal error");
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        out.println("ok");
    }
}
