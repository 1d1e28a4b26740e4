package cn.jingan.planwatch;

public class PlanwatchApplication {
    public static void main(String[] args) {}
}
