-- English names of the plan's indicators, for BI tools and readers without Chinese. The contract
-- (schemas/catalog/indicators.tsv) names indicators in Chinese only; these are planwatch's own
-- working translations of name_zh, not official titles: the Chinese name stays authoritative.
create temp table seed_indicator_name_en as
with names (code, name_en) as (
    values
        ('I01', 'Global service institutions'),
        ('I02', 'New regional and other headquarters of multinationals'),
        ('I03', 'Total retail sales of consumer goods'),
        ('I04', 'Rank in retail sales of consumer goods among central districts'),
        ('I05', 'Annual sales of the West Nanjing Road business district'),
        ('I06', 'First stores'),
        ('I07', 'New major financial institutions'),
        ('I08', 'New unicorn and hidden-champion enterprises'),
        ('I09', 'High-tech enterprises'),
        ('I10', 'Shanghai science and technology little giants (incl. candidates)'),
        ('I11', 'New Shanghai high-tech achievement transformation projects'),
        ('I12', 'New invention patents granted'),
        ('I13', 'New benchmark incubators'),
        ('I14', 'Enterprises in incubators'),
        ('I15', 'Livelihood projects completed'),
        ('I16', 'Floor area of old housing comprehensively renovated'),
        ('I17', 'Renovation rate of small-beam thin-slab shared-facility housing'),
        ('I18', 'Area of new public parks and green space'),
        ('I19', 'Area of new vertical greening'),
        ('I20', 'Floor area of public buildings retrofitted for energy saving'),
        ('I21', 'Coverage of 15-minute community life circle units'),
        ('I22', 'Community health service centres meeting the floor-area standard'),
        ('I23', 'Specialty services of general-practice family doctors'),
        ('I24', 'Sports ground area per resident')
),

final as (
    select code, name_en,
    from names
)

select * from final;
