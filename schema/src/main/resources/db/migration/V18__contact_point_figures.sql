-- A contact point's public complaint figures, taken once a month and kept unchanged until the next: routing
-- follows the enterprise's region, and the body complained about reads each step of its orders as it happens
-- (accepted, answered, rated), so figures that moved with those steps would tell it which contact point
-- handles an order, and so where an unnamed complainant is. A month's row in contact_point_figures_month
-- marks the figures taken; contact points without a row of that month had none.
create table contact_point_figures_month (
    month    date        primary key check (extract(day from month) = 1),
    taken_at timestamptz not null default now()
);

create table contact_point_figures (
    month            date    not null references contact_point_figures_month (month),
    contact_point_id bigint  not null references contact_point (id),
    received         bigint  not null,
    accepted         bigint  not null,
    on_time          bigint  not null,
    overdue          bigint  not null,
    rated            bigint  not null,
    satisfaction     numeric,
    primary key (month, contact_point_id)
);
